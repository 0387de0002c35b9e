x = 1
__END__
