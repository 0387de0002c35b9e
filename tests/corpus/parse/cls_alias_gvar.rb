alias $new_out $stdout
