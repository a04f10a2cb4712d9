# Third-party libraries: Debian packages for everything except tree-sitter (see Grammars.cmake).
find_package(PkgConfig REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
find_package(yaml-cpp REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(valijson REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS program_options)
find_package(tl-expected REQUIRED)
find_package(Threads REQUIRED)
if(MERGEGATE_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()

# ccache, when present, shares compiled grammars between build trees (dev, asan, helpers' trees).
find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
  set(CMAKE_C_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
endif()
