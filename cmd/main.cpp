#include <cli.hpp>
#include <i18n/language.hpp>
#include <iostream>

int main(int argc, char** argv)
{
  sopctl::i18n::start_messages();
  return sopctl::cmd::run(argc, argv, std::cout, std::cerr);
}
