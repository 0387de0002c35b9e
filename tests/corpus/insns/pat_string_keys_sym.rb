conf = { env: "prod" }
case conf
in { env: "prod" | "stage" } then p :remote
in {} then p :empty
else p :local
end
