# mergegate_embed(<target> <namespace> <base_dir> <glob>...): generates a .cc holding every file
# matching the globs (relative to base_dir) as a byte array, so the binary needs no files beside it.
function(mergegate_embed out_var name base_dir)
  set(files "")
  foreach(glob ${ARGN})
    file(GLOB_RECURSE found CONFIGURE_DEPENDS RELATIVE ${base_dir} ${base_dir}/${glob})
    list(APPEND files ${found})
  endforeach()
  list(FILTER files EXCLUDE REGEX "\\.fixture\\.")
  list(SORT files)
  set(abs_files "")
  foreach(f ${files})
    list(APPEND abs_files ${base_dir}/${f})
  endforeach()
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.cc)
  set(list_file ${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.list)
  file(WRITE ${list_file}.tmp "${files}")
  file(COPY_FILE ${list_file}.tmp ${list_file} ONLY_IF_DIFFERENT)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DNAME=${name} -DBASE=${base_dir} -DLIST=${list_file} -DOUT=${out}
            -P ${CMAKE_SOURCE_DIR}/cmake/EmbedFiles.cmake
    DEPENDS ${abs_files} ${list_file} ${CMAKE_SOURCE_DIR}/cmake/EmbedFiles.cmake
    COMMENT "Embedding ${name}"
    VERBATIM)
  set(${out_var} ${out} PARENT_SCOPE)
endfunction()
