user
  &.profile
  &.name
