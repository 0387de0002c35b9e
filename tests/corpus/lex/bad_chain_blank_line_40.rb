foo

  .bar
