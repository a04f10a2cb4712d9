# Lists the files under base_dir matching the globs (relative, sorted, fixtures left out) into
# out_var, and writes them to list_file, rewritten only when the list changes.
function(mergegate_list_embedded out_var list_file base_dir)
  set(files "")
  foreach(glob ${ARGN})
    file(GLOB_RECURSE found CONFIGURE_DEPENDS RELATIVE ${base_dir} ${base_dir}/${glob})
    list(APPEND files ${found})
  endforeach()
  list(FILTER files EXCLUDE REGEX "\\.fixture\\.")
  list(SORT files)
  file(WRITE ${list_file}.tmp "${files}")
  file(COPY_FILE ${list_file}.tmp ${list_file} ONLY_IF_DIFFERENT)
  set(${out_var} ${files} PARENT_SCOPE)
endfunction()

# mergegate_embed_prepared_policies(<out_var> <base_dir> <tool>): generates a .cc holding every
# policy YAML file under base_dir as schema-checked JSON, made by <tool> at build time.
function(mergegate_embed_prepared_policies out_var base_dir tool)
  set(list_file ${CMAKE_CURRENT_BINARY_DIR}/embedded_policies.list)
  mergegate_list_embedded(files ${list_file} ${base_dir} "*.yaml")
  list(TRANSFORM files PREPEND ${base_dir}/ OUTPUT_VARIABLE abs_files)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded_policies.cc)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${tool} ${out} ${base_dir} ${list_file}
    DEPENDS ${tool} ${abs_files} ${list_file}
    COMMENT "Checking and embedding the built-in policies"
    VERBATIM)
  set(${out_var} ${out} PARENT_SCOPE)
endfunction()

# mergegate_embed(<target> <namespace> <base_dir> <glob>...): generates a .cc holding every file
# matching the globs (relative to base_dir) as a byte array, so the binary needs no files beside it.
function(mergegate_embed out_var name base_dir)
  set(list_file ${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.list)
  mergegate_list_embedded(files ${list_file} ${base_dir} ${ARGN})
  list(TRANSFORM files PREPEND ${base_dir}/ OUTPUT_VARIABLE abs_files)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.cc)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DNAME=${name} -DBASE=${base_dir} -DLIST=${list_file} -DOUT=${out}
            -P ${CMAKE_SOURCE_DIR}/cmake/EmbedFiles.cmake
    DEPENDS ${abs_files} ${list_file} ${CMAKE_SOURCE_DIR}/cmake/EmbedFiles.cmake
    COMMENT "Embedding ${name}"
    VERBATIM)
  set(${out_var} ${out} PARENT_SCOPE)
endfunction()
