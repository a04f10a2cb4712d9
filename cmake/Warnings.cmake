# Warning flags for project code only; third-party sources are compiled without them.
add_library(mergegate_warnings INTERFACE)
target_compile_options(mergegate_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
if(MERGEGATE_WERROR)
  target_compile_options(mergegate_warnings INTERFACE -Werror)
endif()
# Asserts stay on in every build: a broken invariant must stop the gate, not approve.
target_compile_options(mergegate_warnings INTERFACE -UNDEBUG)
# GCC 12 reports false -Wrestrict / -Wstringop-overflow in libstdc++'s std::string at -O3
# (GCC bug 105329); they are not in our code.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  target_compile_options(mergegate_warnings INTERFACE -Wno-restrict -Wno-stringop-overflow)
endif()
