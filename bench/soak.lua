-- A realistic mix for the soak (bench/soak.py): pages in several languages, the
-- search page and API, compares and open-data calls, chosen at random per request.
-- The summary is one JSON line that soak.py reads.
local mix = {
  {weight = 30, paths = {"/en/", "/ko/", "/vi/", "/km/", "/th/", "/lo/", "/en/countries/",
                         "/en/documents/", "/en/guides/", "/ko/guides/", "/en/oda/",
                         "/en/glossary/", "/en/open-data/", "/en/news/", "/en/events/"}},
  {weight = 25, paths = {"/en/search/?q=procurement", "/ko/search/?q=%EC%A1%B0%EB%8B%AC",
                         "/en/search/?q=tender&type=guide", "/vi/search/?q=mua+s%E1%BA%AFm",
                         "/api/search/?q=e-procurement&locale=en",
                         "/api/search/?q=koneps&locale=en&country=KR",
                         "/api/search/suggest/?q=proc&locale=en"}},
  {weight = 20, paths = {"/en/compare/?countries=kr,vn,kh", "/ko/compare/?countries=kr,vn",
                         "/en/compare/?countries=kr,id,th,mn&year=2024",
                         "/en/compare/?countries=kr,vn&format=json"}},
  {weight = 25, paths = {"/api/countries/", "/api/indicators/", "/api/values/?country=kr",
                         "/api/values/?country=vn,kh&page_size=50", "/api/countries/?locale=km",
                         "/api/schema/"}},
}
local total = 0
for _, group in ipairs(mix) do total = total + group.weight end

request = function()
  local pick = math.random(total)
  for _, group in ipairs(mix) do
    if pick <= group.weight then
      return wrk.format("GET", group.paths[math.random(#group.paths)])
    end
    pick = pick - group.weight
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "connect_errors": %d, ' ..
    '"read_errors": %d, "write_errors": %d, "status_errors": %d, "timeouts": %d, ' ..
    '"p50_ms": %.2f, "p90_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write,
    e.status, e.timeout, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
