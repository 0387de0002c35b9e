{ lang: "ruby", v: 3 } => { lang: }
p lang
