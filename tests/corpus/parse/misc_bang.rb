!a
!!b
!(c == d)
