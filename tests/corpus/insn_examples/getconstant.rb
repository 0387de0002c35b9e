Math::PI
