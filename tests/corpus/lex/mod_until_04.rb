i += 1 until i == 5
begin j += 1 end until j > 3
