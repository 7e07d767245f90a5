#include <cli.hpp>
#include <iostream>

int main(int argc, char** argv)
{
  return sopctl::cmd::run(argc, argv, std::cout, std::cerr);
}
