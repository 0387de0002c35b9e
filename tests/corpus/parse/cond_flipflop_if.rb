if (a==1)..(a==2)
  p a
end
