"ruby".upcase
