foo { || 1 }
