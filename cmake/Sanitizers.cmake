if(MERGEGATE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
  # GCC 12 with the sanitizers at -O1 reports -Wmaybe-uninitialized inside libstdc++'s std::regex
  # (compiled in through valijson's headers): false positives in library code, fatal with -Werror.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wno-maybe-uninitialized)
  endif()
endif()
# libFuzzer needs coverage feedback from the code under test, not only from the fuzzer's own
# file: instrument all project code (mergegate_warnings reaches exactly that). Third-party code
# (the grammars' parse tables, tree-sitter) stays uninstrumented.
if(MERGEGATE_FUZZ)
  target_compile_options(mergegate_warnings INTERFACE -fsanitize=fuzzer-no-link)
endif()
