a = "#@iv and #$gv and #@@cv"
