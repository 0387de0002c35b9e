pattern = "a"
/#{pattern}/o
