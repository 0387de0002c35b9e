a = '#{not interpolated}'
b = '#@x #$y'
c = '\#'
