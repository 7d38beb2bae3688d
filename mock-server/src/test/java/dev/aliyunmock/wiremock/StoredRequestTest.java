package dev.aliyunmock.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The getters a compact entry's request answers beyond those LoggedRequest.createFrom copies. */
class StoredRequestTest {
  private static StoredRequest request(String url, String contentType, byte[] body) {
    StoredRequest r = new StoredRequest();
    r.url = url;
    r.headers = contentType == null ? new HttpHeaders() : new HttpHeaders(HttpHeader.httpHeader("Content-Type", contentType));
    r.body = body;
    return r;
  }

  @Test
  void queryParametersAreReadFromTheUrl() {
    StoredRequest r = request("/?Action=Describe&Filter.1.Value.1=ri-a&Filter.1.Value.1=ri-b&Encoded=%E4%B8%AD", null, null);

    assertThat(r.queryParameter("Action").firstValue()).isEqualTo("Describe");
    assertThat(r.queryParameter("Filter.1.Value.1").values()).containsExactly("ri-a", "ri-b");
    assertThat(r.queryParameter("Encoded").firstValue()).isEqualTo("中");
    assertThat(r.queryParameter("Missing").isPresent()).isFalse();
  }

  @Test
  void theBodyIsReadInTheCharsetOfItsContentTypeElseUtf8() {
    byte[] latin1 = "déjà".getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf8 = "déjà 中文".getBytes(StandardCharsets.UTF_8);

    assertThat(request("/", "text/plain; charset=ISO-8859-1", latin1).getBodyAsString()).isEqualTo("déjà");
    assertThat(request("/", null, utf8).getBodyAsString()).isEqualTo("déjà 中文");
    assertThat(request("/", "application/json", utf8).getBodyAsBase64())
        .isEqualTo(java.util.Base64.getEncoder().encodeToString(utf8));
    assertThat(request("/", null, null).getBodyAsString()).isNull();
    assertThat(request("/", null, null).getBodyAsBase64()).isNull();
  }
}
