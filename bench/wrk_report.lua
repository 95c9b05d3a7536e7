-- wrk script for bench/load.py: rotates through the paths given after "--" (if any), sends
-- each request as another client (X-Forwarded-For, a random address: the site counts its rate
-- limits per client, and thousands of professionals are not one address), and prints one
-- JSON line with throughput, latency percentiles (ms) and errors when done.
local paths = {}
local counter = 0

function init(args)
  for i = 1, #args do paths[#paths + 1] = args[i] end
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function request()
  local client = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255),
                               math.random(1, 254))
  local headers = { ["X-Forwarded-For"] = client }
  if #paths == 0 then return wrk.format(nil, nil, headers) end
  counter = counter + 1
  return wrk.format(nil, paths[(counter % #paths) + 1], headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "seconds": %.3f, "p50_ms": %.2f, "p99_ms": %.2f, ' ..
    '"max_ms": %.2f, "connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3,
    latency:percentile(99) / 1e3, latency.max / 1e3, e.connect, e.read, e.write, e.status,
    e.timeout))
end
