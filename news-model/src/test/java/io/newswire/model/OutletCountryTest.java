package io.newswire.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutletCountryTest {
    @Test
    void aCountryCodeDomainNamesItsCountryUnderAnySecondLevel() {
        assertThat(OutletCountry.ofUrl("https://www.lagosherald.ng/politics/item-1")).hasValue("NG");
        assertThat(OutletCountry.ofUrl("https://news.karachiledger.com.pk/feed.xml")).hasValue("PK");
        assertThat(OutletCountry.ofUrl("http://capeobserver.co.za/rss")).hasValue("ZA");
        assertThat(OutletCountry.ofUrl("https://FEEDS.Ankara-Daily.COM.TR./rss")).hasValue("TR");
    }

    @Test
    void theUnitedKingdomsDomainIsGb() {
        assertThat(OutletCountry.ofHost("www.thamesgazette.co.uk")).hasValue("GB");
    }

    @Test
    void genericDomainsAndGenericallyUsedCountryCodesNameNone() {
        assertThat(OutletCountry.ofUrl("https://www.worldwire.com/feed")).isEmpty();
        assertThat(OutletCountry.ofUrl("https://example.org/rss")).isEmpty();
        assertThat(OutletCountry.ofUrl("https://daily.news/rss")).isEmpty();
        assertThat(OutletCountry.ofUrl("https://startup.io/blog.xml")).isEmpty();
        assertThat(OutletCountry.ofUrl("https://channel.tv/rss")).isEmpty();
        assertThat(OutletCountry.ofUrl("https://press.europa.eu/rss")).isEmpty(); // a region, not an ISO country
    }

    @Test
    void addressesThatAreNoDomainNameNone() {
        assertThat(OutletCountry.ofUrl("http://127.0.0.1:8080/feed")).isEmpty();
        assertThat(OutletCountry.ofUrl("http://[::1]/feed")).isEmpty();
        assertThat(OutletCountry.ofUrl("http://localhost/feed")).isEmpty();
        assertThat(OutletCountry.ofUrl("file:///tmp/archive/feed.xml")).isEmpty();
        assertThat(OutletCountry.ofUrl("not a url at all")).isEmpty();
        assertThat(OutletCountry.ofUrl(null)).isEmpty();
    }

    @Test
    void anOperatorsCodeIsNormalisedOrRejected() {
        assertThat(OutletCountry.code(" ng ")).isEqualTo("NG");
        assertThat(OutletCountry.code("uk")).isEqualTo("GB");
        assertThatThrownBy(() -> OutletCountry.code("XX")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO 3166-1");
        assertThatThrownBy(() -> OutletCountry.code("Nigeria")).isInstanceOf(IllegalArgumentException.class);
    }
}
