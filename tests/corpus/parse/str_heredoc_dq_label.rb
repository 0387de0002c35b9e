s = <<-"END"
  value #{1}
  END
