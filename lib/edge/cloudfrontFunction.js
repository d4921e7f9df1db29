// A CloudFront Function (runtime cloudfront-js-2.0, viewer request) for a
// distribution whose origin is the bucket's REST endpoint, kept private with
// Origin Access Control. The REST endpoint hands out objects by key only, so:
//   - `/path/` is asked of the bucket as `path/index.html`;
//   - `/path` (a folder without its slash) is redirected to `/path/`, as an S3
//     website endpoint would.
// Plain JavaScript with no imports or exports: CloudFront runs the file as it
// is. An old article URL serves the small page the build writes there (a
// canonical link and an immediate refresh to the article), since a function
// at this stage cannot read the object's redirect metadata. With the bucket's
// website endpoint as the origin instead, none of this is needed and old URLs
// get a real 301: README.md, "Serving from S3 behind CloudFront".
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith("/")) {
    request.uri = uri + "index.html";
    return request;
  }
  var last = uri.slice(uri.lastIndexOf("/") + 1);
  if (last.indexOf(".") === -1) {
    var query = Object.keys(request.querystring)
      .map(function (name) {
        var value = request.querystring[name].value;
        return value === "" ? name : name + "=" + value;
      })
      .join("&");
    return {
      statusCode: 301,
      statusDescription: "Moved Permanently",
      headers: { location: { value: uri + "/" + (query ? "?" + query : "") } },
    };
  }
  return request;
}
