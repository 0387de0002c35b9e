puts DATA.read
__END__
this is data
not parsed
