END {
  p :bye
}
BEGIN {
  p :hi
}
