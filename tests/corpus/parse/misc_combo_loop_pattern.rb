while (msg = inbox.pop)
  case msg
  in {type: :stop} then break
  in {type: :data, payload: [*, Integer => n, *]} then total += n
  in _ then next
  end
end
