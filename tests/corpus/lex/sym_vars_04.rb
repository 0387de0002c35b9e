a = :@iv
b = :@@cv
c = :$gv
d = :$1 rescue nil
