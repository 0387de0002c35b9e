p 1
__END__
data
