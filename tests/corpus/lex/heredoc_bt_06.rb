out = <<`CMD`
echo hi
ls
CMD
