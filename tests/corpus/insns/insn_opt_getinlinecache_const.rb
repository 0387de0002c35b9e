p Math::PI
