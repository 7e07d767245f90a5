#include <doctest/doctest.h>
#include <view/json_writer.hpp>

using sopctl::view::json_string;
using sopctl::view::JsonWriter;

TEST_SUITE("view::json_writer")
{
  TEST_CASE("an object holds one key per line, indented by two spaces")
  {
    JsonWriter json;
    json.begin_object()
      .key("id")
      .value("akta")
      .key("step")
      .value(6)
      .key("done")
      .value(false)
      .key("role")
      .null()
      .end_object();
    CHECK(json.str() == "{\n"
                        "  \"id\": \"akta\",\n"
                        "  \"step\": 6,\n"
                        "  \"done\": false,\n"
                        "  \"role\": null\n"
                        "}\n");
  }

  TEST_CASE("nested arrays and objects indent by their depth")
  {
    JsonWriter json;
    json.begin_array().begin_object().key("steps").begin_array();
    json.value(1).begin_object().key("round").value(2).end_object();
    json.end_array().key("ok").value(true).end_object();
    json.begin_object().key("id").value("b").end_object().end_array();
    CHECK(json.str() == "[\n"
                        "  {\n"
                        "    \"steps\": [\n"
                        "      1,\n"
                        "      {\n"
                        "        \"round\": 2\n"
                        "      }\n"
                        "    ],\n"
                        "    \"ok\": true\n"
                        "  },\n"
                        "  {\n"
                        "    \"id\": \"b\"\n"
                        "  }\n"
                        "]\n");
  }

  TEST_CASE("empty containers stay on one line")
  {
    JsonWriter json;
    json.begin_object()
      .key("events")
      .begin_array()
      .end_array()
      .key("extra")
      .begin_object()
      .end_object()
      .end_object();
    CHECK(json.str() == "{\n  \"events\": [],\n  \"extra\": {}\n}\n");

    JsonWriter empty;
    empty.begin_array().end_array();
    CHECK(empty.str() == "[]\n");
  }

  TEST_CASE("large and negative numbers are written in full")
  {
    JsonWriter json;
    json.begin_array().value(std::int64_t{1795485600123}).value(-210).value(0).end_array();
    CHECK(json.str() == "[\n  1795485600123,\n  -210,\n  0\n]\n");
  }

  TEST_CASE("strings escape quotes, backslashes and control characters")
  {
    CHECK(json_string("say \"hi\"") == "\"say \\\"hi\\\"\"");
    CHECK(json_string("C:\\sop") == "\"C:\\\\sop\"");
    CHECK(json_string("a\nb\tc\rd") == "\"a\\nb\\tc\\rd\"");
    CHECK(json_string(std::string("\x01\x1f\0", 3)) == "\"\\u0001\\u001f\\u0000\"");
    CHECK(json_string("") == "\"\"");
  }

  TEST_CASE("UTF-8 text and the slash pass through unchanged")
  {
    CHECK(json_string("Penyusunan – é / 😀") == "\"Penyusunan – é / 😀\"");
  }

  TEST_CASE("keys are escaped like values")
  {
    JsonWriter json;
    json.begin_object().key("a\"b").value("\x7f").end_object();
    CHECK(json.str() == "{\n  \"a\\\"b\": \"\x7f\"\n}\n");
  }

  TEST_CASE("the same calls always give the same text")
  {
    auto write = [] {
      JsonWriter json;
      json.begin_array();
      for (int i = 0; i < 3; ++i) {
        json.begin_object().key("n").value(i).end_object();
      }
      json.end_array();
      return json.str();
    };
    CHECK(write() == write());
  }
}
