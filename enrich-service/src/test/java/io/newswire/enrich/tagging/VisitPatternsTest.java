package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Evidence;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each way news reports a visit, and each look-alike that is no visit, on sentences written for these tests.
 * Columns: publication date | text | visitor country | host country | status | start date ("" = unknown).
 */
class VisitPatternsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // arrive / land / touch down / reach
        "2024-03-12|Kenyan President Daniel Otieno arrived in Accra on Tuesday for a two-day state visit.|KE|GH|ongoing|2024-03-12",
        "2024-05-02|Egypt's Foreign Minister Tarek Fahmy landed in Rome on Thursday.|EG|IT|ongoing|2024-05-02",
        "2024-05-02|Chilean President Rosa Vidal touched down in Lima on Wednesday.|CL|PE|ongoing|2024-05-01",
        // travel / head / fly / leave for / depart for / embark
        "2024-06-10|Indian External Affairs Minister Ravi Menon will travel to Japan next week.|IN|JP|planned|2024-06-17",
        "2024-09-09|Qatari Prime Minister Khalid Al Mansouri headed to Cairo on Monday for talks on a truce.|QA|EG|planned|2024-09-09",
        "2024-05-13|Pakistani Prime Minister Imran Qadir departed for Turkey on Monday on a three-day visit.|PK|TR|planned|2024-05-13",
        "2024-05-14|Bangladesh Prime Minister Nasrin Akter will embark on a three-day official visit to China on July 8.|BD|CN|planned|2024-07-08",
        // visit (verb and noun), pay a visit, tour
        "2024-09-09|The Prime Minister of Malaysia, Aziz Rahman, will pay an official visit to Thailand on September 20.|MY|TH|planned|2024-09-20",
        "2023-09-04|Brazilian President Paulo Costa is scheduled to visit Portugal from April 22 to 25.|BR|PT|planned|2024-04-22",
        "2024-05-14|Ukrainian President Oleh Bondar made a surprise visit to Washington on Tuesday.|UA|US|completed|2024-05-14",
        // presence / due in
        "2024-01-15|German Chancellor Jonas Weber is due in Washington on Friday for meetings at the White House.|DE|US|planned|2024-01-19",
        "2024-05-14|British Foreign Secretary Oliver Grant is in Kyiv for talks with Ukrainian officials.|GB|UA|ongoing|",
        "2024-05-14|Indonesian President Budi Santoso is currently on a state visit to Australia.|ID|AU|ongoing|",
        // hosted, received, welcomed (both voices)
        "2024-04-09|Saudi Crown Prince Faisal Al Saud received Pakistani Prime Minister Imran Qadir in Jeddah on Monday.|PK|SA|ongoing|2024-04-08",
        "2024-04-09|Turkish President Mehmet Aydin hosted Iraqi Prime Minister Ali Hassan in Ankara on Tuesday.|IQ|TR|ongoing|2024-04-09",
        "2024-09-09|Vietnamese President Le Van Hoa was welcomed by Mongolian President Bat Erdene in Ulaanbaatar on Sunday.|VN|MN|ongoing|2024-09-08",
        // dateline + here, the capital for the country
        "2024-09-09|NAIROBI, Sept 9 (Reuters) - Ugandan President Moses Okello arrived here on Monday for border talks.|UG|KE|ongoing|2024-09-09",
        "2024-03-03|Pakistan's Chief of Army Staff General Tariq Hamid arrived in Beijing on Sunday on an official visit.|PK|CN|ongoing|2024-03-03",
        // multilateral meeting: the host is where it is held
        "2024-06-20|Italian Prime Minister Chiara Conti travelled to Brussels on Thursday to attend the European Council summit.|IT|BE|ongoing|2024-06-20",
        "2024-06-20|In Japan, President Ama Boateng of Ghana will attend a development conference in Yokohama from August 20 to 22.|GH|JP|planned|2024-08-20",
        // completed and cancelled
        "2024-02-20|French President Louis Girard wrapped up a three-day visit to India on Saturday.|FR|IN|completed|2024-02-15",
        "2024-02-20|Japanese Prime Minister Kenji Sato left Manila on Sunday after concluding an official visit to the Philippines.|JP|PH|completed|",
        "2024-07-01|A planned visit to Canada by Australian Prime Minister Liam Walsh has been postponed because of floods.|AU|CA|cancelled|",
        "2024-07-01|Mexican President Carlos Ruiz called off his trip to Peru scheduled for next month.|MX|PE|cancelled|",
        "2024-07-01|Hungarian Prime Minister Gabor Toth's visit to Vienna is on hold.|HU|AT|cancelled|",
        "2024-05-14|Hungarian Prime Minister Gabor Toth's trip to Moscow last week drew criticism.|HU|RU|completed|",
        // meeting abroad means being there
        "2024-05-14|Polish Defence Minister Piotr Nowak held talks with his Lithuanian counterpart in Vilnius on Tuesday.|PL|LT|ongoing|2024-05-14",
        // the host side: a visiting guest met at home, a country as host, a headline without verb
        "2024-05-14|Egyptian President Adel Mansour met the visiting Jordanian King Faisal in Cairo on Tuesday.|JO|EG|ongoing|2024-05-14",
        "2024-05-14|Japan will host Indian Prime Minister Arjun Rao next week for an annual summit.|IN|JP|planned|2024-05-20",
        "2024-05-14|During his visit to Japan, Australian Prime Minister Liam Walsh met business leaders.|AU|JP|planned|",
        "2024-05-14|Kenyan Foreign Minister Grace Wanjiru is on a three-day visit to Ethiopia.|KE|ET|ongoing|",
        "2024-05-14|Vietnamese Prime Minister Tran Duc Minh, who arrived in Canberra on Sunday, will address parliament.|VN|AU|ongoing|2024-05-12",
        "2024-05-14|A delegation led by Moroccan Foreign Minister Youssef Alami arrived in Dakar on Monday.|MA|SN|ongoing|2024-05-13",
        "2024-05-14|Irish President Sean Kelly will be in Ottawa on Friday.|IE|CA|planned|2024-05-17",
        "2024-05-14|Swiss Foreign Minister Anna Keller flew into Beirut on Tuesday.|CH|LB|ongoing|2024-05-14",
        "2024-05-14|Belgian Prime Minister Luc Peeters began a state visit to Morocco on Monday.|BE|MA|ongoing|2024-05-13",
        "2024-05-14|Spanish Prime Minister Pablo Ortega returned home from Brazil on Monday after a four-day visit.|ES|BR|completed|2024-05-10",
        "2024-05-14|The Thai prime minister Anan Chai and the Lao prime minister Boun Vong held talks in Vientiane on Monday.|TH|LA|ongoing|2024-05-13",
        "2024-05-14|Brazilian President Paulo Costa's planned trip to China was cancelled after he fell ill.|BR|CN|cancelled|",
        // meetings abroad and at home
        "2024-06-11|Chinese President Wen Hao met Brazilian President Paulo Costa in Beijing on Tuesday.|BR|CN|ongoing|2024-06-11",
        "2024-06-11|French President Louis Girard kicks off his Asia tour in Vietnam on Tuesday.|FR|VN|ongoing|2024-06-11",
        "2024-06-11|Norwegian Prime Minister Erik Dahl is set to arrive in Tokyo on Thursday.|NO|JP|planned|2024-06-13",
        "2024-06-11|Sheikh Khalid bin Zayed, the UAE President, arrived in Paris on Tuesday on a state visit.|AE|FR|ongoing|2024-06-11",
        "2024-06-11|Greek Prime Minister Nikos Pappas's visit to Ankara on Tuesday is the first by a Greek leader since 2017.|GR|TR|planned|2024-06-11",
        "2024-06-11|Peruvian President Rosa Vidal visited Chile from May 1-3.|PE|CL|completed|2024-05-01",
        "2024-06-11|Danish Prime Minister Mette Holm, currently visiting Ghana, said the partnership would grow.|DK|GH|ongoing|",
        // titles "of" a country, chained titles, national abbreviations, a two-day range written day first
        "2024-06-11|Sheikh Hamdan bin Zayed, Crown Prince of Abu Dhabi, arrived in Seoul on Tuesday.|AE|KR|ongoing|2024-06-11",
        "2024-06-11|Chinese State Councilor and Foreign Minister Wang Lei will visit Egypt on 19-20 June.|CN|EG|planned|2024-06-19",
        "2024-06-11|EAM Ravi Menon arrived in Singapore on Tuesday.|IN|SG|ongoing|2024-06-11",
        "2024-06-11|Russian Foreign Minister Ivan Sokolov will hold talks with his Cuban counterpart Jose Perez in Moscow on Thursday.|CU|RU|planned|2024-06-13",
        "2024-06-11|Crown Prince of Bahrain Salman Al Khalifa received Kuwaiti Prime Minister Ahmad Al Sabah in Manama on Tuesday.|KW|BH|ongoing|2024-06-11",
        // a datelined story names its own officials without nationality
        "2024-06-10|ISLAMABAD, June 10 (APP) - Foreign Minister Imran Qadir will leave for Beijing on Tuesday on a three-day official visit.|PK|CN|planned|2024-06-11",
        "2024-06-10|NAIROBI, June 10 - President Yoweri Okello of Uganda arrived here on Monday. He was received by Foreign Minister Grace Wanjiru.|UG|KE|ongoing|2024-06-10",
        "2024-06-10|HANOI, June 10 (VNA) - Prime Minister Tran Duc Minh hosted a welcome ceremony for visiting Thai Prime Minister Anan Chai on Monday.|TH|VN|ongoing|2024-06-10",
        // possessed and awaited arrivals, a name after "his arrival", a visit as the setting of a plan
        "2024-06-10|Security was tightened in Hanoi ahead of Chinese President Wen Hao's arrival in Vietnam on Wednesday.|CN|VN|planned|2024-06-12",
        "2024-06-10|Upon his arrival in Lima, Bolivian President Luis Arce was greeted by Peruvian officials.|BO|PE|ongoing|",
        "2024-06-10|Kenyan President Daniel Otieno is scheduled to meet investors during a visit to Germany next week.|KE|DE|planned|2024-06-17",
        // envoys, royals
        "2024-12-03|US special envoy Mark Dalton arrived in Minsk on Tuesday for talks.|US|BY|ongoing|2024-12-03",
        "2024-09-09|Qatar's Emir Sheikh Hamad Al Thani arrived in Tehran on Monday at the head of a delegation.|QA|IR|ongoing|2024-09-09"})
    void findsTheVisit(String published, String text, String visitor, String host, String status, String start) {
        List<Visit> visits = Articles.visits(published, text);
        assertThat(visits).as("visits in: %s", text).hasSize(1);
        Visit v = visits.getFirst();
        assertThat(v.visitorCountries()).containsExactly(visitor);
        assertThat(v.hostCountry()).isEqualTo(host);
        assertThat(v.status()).isEqualTo(VisitStatus.fromJson(status));
        assertThat(v.startDate() == null ? "" : v.startDate().toString()).isEqualTo(start == null ? "" : start);
        assertThat(v.cameoCode()).isEqualTo("042");
        // the evidence is the sentences reporting the visit (here every sentence), quoted at their own offsets
        assertThat(v.evidence()).allSatisfy(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
        assertThat(String.join(" ", v.evidence().stream().map(Evidence::text).toList())).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "phone call|Spanish Prime Minister Pablo Ortega spoke by phone with Moroccan King Hassan on Sunday about migration.",
        "telephone conversation|The foreign ministers of Russia and Chile discussed ties in a telephone conversation on Monday.",
        "video call|Danish Foreign Minister Lars Holm held a video call with his Egyptian counterpart on Monday.",
        "video link|Canadian Prime Minister Ethan Clarke joined the summit in Nairobi by video link on Monday.",
        "virtual attendance|Russian President Ivan Petrov will take part in the summit in Johannesburg virtually.",
        "denied trip|Russian President Ivan Petrov will not travel to South Africa for the summit.",
        "domestic trip|Indian Prime Minister Arjun Rao arrived in Mumbai on Sunday to inaugurate a bridge.",
        "domestic tour|Nigerian President Musa Bello began a two-day official visit to Kano State on Thursday.",
        "statement|The Swedish foreign ministry said in a statement that it condemned the attack in Syria.",
        "businessman|Tech billionaire Ken Ito arrived in Tokyo on Monday to meet investors.",
        "sports team|A Japanese football team arrived in Kathmandu on Thursday for a friendly match.",
        "warships|Two Indian warships arrived in Jakarta on Saturday for a naval exercise.",
        "resident ambassador|The new Dutch ambassador to Kenya arrived in Nairobi on Monday to take up his post.",
        "old visit by year|Relations improved when Chinese President Zhou Ming visited Brazil in 2010.",
        "old visit recalled|Sarah Cole recalled the previous visit of the US president to Ghana as a high point.",
        "former official|Former British Prime Minister Tom Baker arrived in Riyadh on Monday for an investment forum.",
        "invitation only|Nigerian President Musa Bello invited Ghana's president to visit Abuja at a convenient time.",
        "invitation awaiting a reply|Peruvian President Ana Quispe has invited Ghana's President Kofi Mensah to visit Lima, in what would be the first visit to the Andean country by a Ghanaian leader. Accra has not replied.",
        "no plans|Canadian Foreign Minister Anne Roy said on Monday she had no plans to travel to China.",
        "navy goodwill call|An Indian navy ship arrived in Colombo on Monday for a goodwill visit.",
        "welcoming a decision|The US welcomed the decision announced by Turkish President Mehmet Aydin on Monday.",
        "phone call received|Chinese President Wen Hao received a phone call from French President Louis Girard on Monday.",
        "credentials|Indian President Meera Das received the credentials of the new Swiss ambassador on Monday.",
        "opposition leader|Opposition leader Ana Costa arrived in Madrid on Monday to meet Spanish officials.",
        "regional governor|The Kenyan governor of Mombasa arrived in Dubai on Monday for an investment fair.",
        "agreement reached|ANKARA, June 11 (Reuters) - Turkish President Mehmet Aydin reached the agreement with opposition parties on Tuesday.",
        "troops arrive|KYIV, June 11 - Fresh troops arrived at the front on Tuesday, Ukrainian Defence Minister Oleh Bondar said.",
        "scene of a crash|Kenyan President Daniel Otieno arrived at the scene of the bus crash on Tuesday.",
        "welcomed a ceasefire|Chinese Foreign Minister Wen Li said on Tuesday that Beijing welcomed the ceasefire and urged restraint.",
        "voting at home|French President Louis Girard arrived at a polling station in Paris to cast his vote on Sunday.",
        "arrived at a decision|German Chancellor Jonas Weber arrived at the decision after weeks of talks with coalition partners.",
        "video conference|Japanese Prime Minister Kenji Sato and US President Mark Hale held talks by video conference on Tuesday.",
        "refugees|Thousands of Sudanese refugees arrived in Chad last week, the UN refugee agency said.",
        "memoir|In his memoir, former US president Jack Miller recalls his 1998 visit to Moscow.",
        "ambassador summoned|Poland summoned the Russian ambassador on Tuesday after a drone landed in Polish territory."})
    void rejectsLookAlikes(String kind, String text) {
        assertThat(Articles.visits("2024-05-14", text)).as(kind).isEmpty();
    }
}
