raw = <<'EOS'
no #{interp} here \n
EOS
