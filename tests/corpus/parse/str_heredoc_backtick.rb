out = <<~`CMD`
  echo hi
CMD
