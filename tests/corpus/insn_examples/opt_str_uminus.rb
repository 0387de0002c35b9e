key = -"status"
