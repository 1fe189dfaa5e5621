import { describe, expect, it } from 'vitest';
import { topicPhrases } from '../../src/events/topics/phrases.js';
import {
  agendaIncluded,
  agreedOn,
  amongTopics,
  antecedentToBeDecided,
  attentionPaidTo,
  briefedOn,
  cameUpIn,
  centredOn,
  commitmentTo,
  contextOfTopic,
  cooperationSpans,
  coordinatedEfforts,
  coordinatedPlan,
  decidedTo,
  deepenCooperationIn,
  discussedObject,
  discussionOf,
  exchangedViews,
  exploredOpportunities,
  focusWasOn,
  mainTopicWas,
  meetingAimsTo,
  meetingCovered,
  meetingOn,
  meetingResultedIn,
  meetingToAssess,
  meetingWillAddress,
  metToAddress,
  onTheAgenda,
  onTheIssueOf,
  onXTheyAgreed,
  outcomeWas,
  outlinedDirections,
  partiesCalledFor,
  partiesDecided,
  partiesPledged,
  passiveDiscussed,
  passiveIncluding,
  positionOn,
  praisedRelations,
  presentedObject,
  purposeWas,
  raisedConcerns,
  raisedIssue,
  reachedAgreement,
  regardingX,
  reviewedAtMeeting,
  reviewedObject,
  sidesConsidered,
  signedDocument,
  stanceTowards,
  stressedNeed,
  supportFor,
  TOPIC_RULES,
  type TopicRule,
  talkedAbout,
  talksHeldOn,
  talksOn,
  talksWithOn,
  tookUp,
  topicWas,
  toppedAgenda,
  toSign,
  touchedUpon,
} from '../../src/events/topics/rules.js';
import { WordGate } from '../../src/text/word-gate.js';

/** The phrases one rule reads in a sentence. */
function read(rule: TopicRule, sentence: string): string[] {
  return rule
    .find(sentence)
    .flatMap((cue) => topicPhrases(sentence, cue).map((p) => sentence.slice(p.start, p.end)));
}

// Each rule: a sentence of its shape (written for this test) and a near-miss it must not fire on.
const cases: Array<{ rule: TopicRule; fires: string; topics: string[]; nearMiss: string }> = [
  {
    rule: discussedObject,
    fires: 'The two premiers discussed grain exports and the future of the river treaty.',
    topics: ['grain exports', 'future of the river treaty'],
    nearMiss: 'The plan was discussed by the cabinet for hours.',
  },
  {
    rule: passiveDiscussed,
    fires: 'Fishing quotas and the new ferry line were discussed at length.',
    topics: ['Fishing quotas', 'new ferry line'],
    nearMiss: 'The ferry line was opened in the spring.',
  },
  {
    rule: talksOn,
    fires: 'Talks on a border crossing for trucks resumed in the capital.',
    topics: ['border crossing for trucks'],
    nearMiss: 'Talks resumed on Monday in the capital.',
  },
  {
    rule: discussionOf,
    fires: 'The evening began with a discussion of water rights.',
    topics: ['water rights'],
    nearMiss: 'The discussion lasted until midnight.',
  },
  {
    rule: centredOn,
    fires: 'Their conversation focused on port fees.',
    topics: ['port fees'],
    nearMiss: 'The camera focused slowly.',
  },
  {
    rule: touchedUpon,
    fires: 'The envoys also touched upon the refugee camps in the north.',
    topics: ['refugee camps in the north'],
    nearMiss: 'The plane touched down in the north.',
  },
  {
    rule: agendaIncluded,
    fires: 'The agenda of the session included pension reform and road tolls.',
    topics: ['pension reform', 'road tolls'],
    nearMiss: 'The agenda was long and the room was cold.',
  },
  {
    rule: topicWas,
    fires: 'The main topic of the talks was the sharing of river water.',
    topics: ['sharing of river water'],
    nearMiss: 'The main topic was never in doubt.',
  },
  {
    rule: agreedOn,
    fires: 'The mayors agreed on a joint bus network.',
    topics: ['joint bus network'],
    nearMiss: 'The mayors agreed that buses were late.',
  },
  {
    rule: decidedTo,
    fires: 'The ministers agreed to extend the fishing moratorium.',
    topics: ['extend the fishing moratorium'],
    nearMiss: 'The ministers agreed to meet again in June.',
  },
  {
    rule: exchangedViews,
    fires: 'The delegations exchanged views on rail freight and customs checks.',
    topics: ['rail freight', 'customs checks'],
    nearMiss: 'The delegations exchanged gifts on arrival.',
  },
  {
    rule: sidesConsidered,
    fires: 'The sides reviewed the timetable for the bridge repairs.',
    topics: ['timetable for the bridge repairs'],
    nearMiss: 'The minister addressed the crowd in the square.',
  },
  {
    rule: signedDocument,
    fires: 'The two governors signed a memorandum on forest fires.',
    topics: ['memorandum on forest fires'],
    nearMiss: 'The memorandum was signed off later.',
  },
  {
    rule: attentionPaidTo,
    fires: 'Special attention was paid to cyber defence of hospitals.',
    topics: ['cyber defence of hospitals'],
    nearMiss: 'She paid the bill and left.',
  },
  {
    rule: briefedOn,
    fires: 'The envoy briefed his hosts on the ceasefire talks.',
    topics: ['ceasefire talks'],
    nearMiss: 'The envoy briefed reporters on Friday.',
  },
  {
    rule: raisedIssue,
    fires: 'The mayor raised the question of flood barriers.',
    topics: ['flood barriers'],
    nearMiss: 'The mayor raised taxes twice.',
  },
  {
    rule: presentedObject,
    fires: 'The host presented the priorities of its chairmanship.',
    topics: ['priorities of its chairmanship'],
    nearMiss: 'The host was presented with flowers.',
  },
  {
    rule: regardingX,
    fires: 'Regarding the new pipeline, the premier said work would start soon.',
    topics: ['new pipeline'],
    nearMiss: 'The premier said regarding nothing in particular that work would start.',
  },
  {
    rule: talkedAbout,
    fires: 'The governors talked about wildfire prevention.',
    topics: ['wildfire prevention'],
    nearMiss: 'The governors talked for an hour.',
  },
  {
    rule: onTheIssueOf,
    fires: 'She thanked him for his help on the issue of fuel deliveries.',
    topics: ['fuel deliveries'],
    nearMiss: 'She thanked him for the latest issue of the magazine.',
  },
  {
    rule: onTheAgenda,
    fires: 'The council said that rail tariffs remain high on its agenda.',
    topics: ['rail tariffs'],
    nearMiss: 'The council said the agenda was published late.',
  },
  {
    rule: positionOn,
    fires: 'The premier reaffirmed his government’s position on the water dispute.',
    topics: ['water dispute'],
    nearMiss: 'The battalion took up a position on the ridge.',
  },
  {
    rule: meetingCovered,
    fires: 'The session was devoted to drought relief.',
    topics: ['drought relief'],
    nearMiss: 'The museum hall was devoted to old maps.',
  },
  {
    rule: toppedAgenda,
    fires: 'The envoys met in Lima, where water rights topped the agenda.',
    topics: ['water rights'],
    nearMiss: 'The striker topped the scoring chart again.',
  },
  {
    rule: toppedAgenda,
    fires: 'Rice prices and a regional power grid dominated Friday’s summit of ASEAN leaders in Vientiane.',
    topics: ['Rice prices', 'regional power grid'],
    nearMiss: 'The home side dominated Friday’s match in Vientiane.',
  },
  {
    rule: briefedOn,
    fires: '“I informed [her] about the flooding in the delta,” the minister wrote.',
    topics: ['flooding in the delta'],
    nearMiss: 'The minister [her aide said] was well informed.',
  },
  {
    rule: toSign,
    fires: 'Prime Minister Modi travelled to Paris to sign a roadmap on jet engines.',
    topics: ['roadmap on jet engines'],
    nearMiss: 'There was no sign of a deal on jet engines.',
  },
  {
    rule: toSign,
    fires: 'The visit ended with the signing of a pact on river shipping.',
    topics: ['pact on river shipping'],
    nearMiss: 'The signing ceremony was moved to the evening.',
  },
  {
    rule: coordinatedEfforts,
    fires: 'Macron and Modi coordinated efforts to secure a ceasefire in Gaza.',
    topics: ['secure a ceasefire in Gaza'],
    nearMiss: 'The two agencies coordinated closely on Sunday.',
  },
  {
    rule: meetingResultedIn,
    fires: 'The summit resulted in the creation of a regional food reserve.',
    topics: ['creation of a regional food reserve'],
    nearMiss: 'The storm resulted in power cuts across the city.',
  },
  {
    rule: outcomeWas,
    fires: 'The main outcome of the Jakarta meeting was a code of conduct for fishing fleets.',
    topics: ['code of conduct for fishing fleets'],
    nearMiss: 'The outcome of the meeting was disappointing for the hosts.',
  },
  {
    rule: amongTopics,
    fires: 'Visa rules and a new rail corridor were among the issues discussed.',
    topics: ['Visa rules', 'new rail corridor'],
    nearMiss: 'Drought is among the issues that divide the two provinces.',
  },
  {
    rule: reachedAgreement,
    fires: 'The ASEAN foreign ministers reached an agreement on a maritime hotline.',
    topics: ['maritime hotline'],
    nearMiss: 'The ministers reached an agreement late on Friday.',
  },
  {
    rule: mainTopicWas,
    fires: 'The main topic was the haze from forest fires.',
    topics: ['haze from forest fires'],
    nearMiss: 'The main topic was never in doubt.',
  },
  {
    rule: meetingOn,
    fires:
      'Caribbean leaders gathered in Bridgetown for an emergency summit on hurricane relief and fuel prices.',
    topics: ['hurricane relief', 'fuel prices'],
    nearMiss: 'The Andean ministers held a meeting on the sidelines of the Conference on Disarmament.',
  },
  {
    rule: partiesPledged,
    fires:
      'At the Lisbon summit the Mercosur leaders pledged to cut tariffs on farm machinery under pressure from Brasilia.',
    topics: ['cut tariffs on farm machinery'],
    nearMiss: 'The candidate pledged to cut tariffs on farm machinery.',
  },
  {
    rule: coordinatedPlan,
    fires: 'In Accra the two foreign ministers finalised a roadmap for visa-free travel.',
    topics: ['roadmap for visa-free travel'],
    nearMiss: 'The evacuation was coordinated by the Ghanaian navy.',
  },
  {
    rule: antecedentToBeDecided,
    fires: 'Officials drafted the budget of the fisheries agency, which will be approved at the Apia summit.',
    topics: ['budget of the fisheries agency'],
    nearMiss: 'The budget of the fisheries agency, which was approved by parliament, grew.',
  },
  {
    rule: purposeWas,
    fires: 'The purpose of the visit was to expand the Mombasa port deal.',
    topics: ['expand the Mombasa port deal'],
    nearMiss: 'The purpose of the visit was not disclosed.',
  },
  {
    rule: reviewedAtMeeting,
    fires: 'The premiers assessed the drought in the Sahel at their meeting in Niamey.',
    topics: ['drought in the Sahel'],
    nearMiss: 'The premiers described the atmosphere at the meeting as warm.',
  },
  {
    rule: focusWasOn,
    fires: 'Special emphasis was placed on malaria vaccines.',
    topics: ['malaria vaccines'],
    nearMiss: 'The focus was not clear to the observers.',
  },
  {
    rule: cameUpIn,
    fires: 'Lithium exports also came up during the talks.',
    topics: ['Lithium exports'],
    nearMiss: 'The singer featured in the film.',
  },
  {
    rule: partiesDecided,
    fires: 'The Andean ministers decided to set up a joint water commission.',
    topics: ['set up a joint water commission'],
    nearMiss: 'The governor decided to set up a water commission.',
  },
  {
    rule: reviewedObject,
    fires: 'Premier Okoro reviewed ongoing cooperation in fisheries and port logistics.',
    topics: ['ongoing cooperation in fisheries and port logistics'],
    nearMiss: 'Premier Okoro reviewed a guard of honour at the airport.',
  },
  {
    rule: passiveIncluding,
    fires: 'Several regional topics were touched upon, including the drought in the Horn of Africa.',
    topics: ['drought in the Horn of Africa'],
    nearMiss: 'Several topics were touched upon, the envoy said.',
  },
  {
    rule: tookUp,
    fires: 'The ministers also took up the dispute over the Mekong dams.',
    topics: ['dispute over the Mekong dams'],
    nearMiss: 'The general took up the post of army chief in May.',
  },
  {
    rule: raisedConcerns,
    fires: 'The senator raised her concerns with the host about illegal logging.',
    topics: ['illegal logging'],
    nearMiss: 'Concerns about illegal logging were raised by the press.',
  },
  {
    rule: stressedNeed,
    fires: 'The two premiers stressed the need for closer cooperation in flood control.',
    topics: ['closer cooperation in flood control'],
    nearMiss: 'The need for flood control was stressed by engineers.',
  },
  {
    rule: praisedRelations,
    fires: 'The ministers welcomed the progress on the cross-border railway.',
    topics: ['cross-border railway'],
    nearMiss: 'The ministers welcomed the delegation of Chile.',
  },
  {
    rule: contextOfTopic,
    fires: 'They discussed grain exports, taking into account the drought in the south.',
    topics: ['drought in the south'],
    nearMiss: 'In light of the storm, the flight was cancelled.',
  },
  {
    rule: deepenCooperationIn,
    fires: 'The two envoys vowed to deepen cooperation in the areas of fisheries, shipping and tourism.',
    topics: ['fisheries', 'shipping', 'tourism'],
    nearMiss: 'Cooperation in fisheries has deepened since 2010.',
  },
  {
    rule: metToAddress,
    fires: 'Andean trade ministers met in Quito to address rising freight costs.',
    topics: ['rising freight costs'],
    nearMiss: 'The minister met the governor and then flew to Quito to address the parliament.',
  },
];

cases.push({
  rule: outlinedDirections,
  fires: 'The two presidents outlined directions for expanding rail freight between their countries.',
  topics: ['expanding rail freight between their countries'],
  nearMiss: 'New directions for the ferry were outlined by the port authority.',
});

cases.push({
  rule: meetingToAssess,
  fires: 'The two mayors then started a meeting to assess the progress of the tram project.',
  topics: ['tram project'],
  nearMiss: 'The two mayors asked the auditors to assess the tram project.',
});

cases.push({
  rule: talksHeldOn,
  fires: 'Talks were held on issues of ferry transit and port fees.',
  topics: ['ferry transit and port fees'],
  nearMiss: 'Talks were held on Tuesday in the port city.',
});

describe('topic rules', () => {
  for (const { rule, fires, topics, nearMiss } of cases) {
    it(`${rule.name} reads its shape`, () => {
      expect(read(rule, fires)).toEqual(topics);
    });
    it(`${rule.name} does not fire on a near-miss`, () => {
      expect(read(rule, nearMiss)).toEqual([]);
    });
  }
});

describe('topic rules: the word gate', () => {
  const gate = new WordGate(TOPIC_RULES);
  const sentences = cases.flatMap((c) => [c.fires, c.nearMiss, c.fires.toUpperCase(), c.fires.toLowerCase()]);
  it('lets every rule read its own sentence', () => {
    for (const { rule, fires } of cases) expect(gate.open(fires), rule.name).toContain(rule);
  });
  it('never holds back a rule that would find a cue', () => {
    for (const sentence of sentences) {
      const open = gate.open(sentence);
      for (const rule of TOPIC_RULES)
        if (rule.find(sentence).length) expect(open, `${rule.name}: ${sentence}`).toContain(rule);
    }
  });
  it('holds back the rules whose words a sentence lacks', () => {
    expect(gate.open('The ferry left the harbour at dawn.').map((r) => r.name)).toEqual(['regarding-x']);
  });
});

describe('topic rules: more near-misses', () => {
  it('meeting-on reads no date, venue or sidelines after "on"', () => {
    expect(read(meetingOn, 'The summit on Friday ended early.')).toEqual([]);
    expect(read(meetingOn, 'The summit on 5 June ended early.')).toEqual([]);
    expect(read(meetingOn, 'They held a meeting on the island of Gozo.')).toEqual([]);
    expect(read(meetingOn, 'Ministers meet on a regular basis.')).toEqual([]);
  });
  it('coordinated-plan leaves efforts and positions to their own rules', () => {
    expect(
      read(coordinatedPlan, 'The Nordic ministers coordinated their positions on Arctic shipping.'),
    ).toEqual([]);
    expect(read(coordinatedPlan, 'The two navies coordinated efforts to clear the strait.')).toEqual([]);
  });
});

describe('topic rules: a passive with modals or auxiliaries', () => {
  it('reads the subject without the auxiliaries of its verb', () => {
    expect(read(passiveDiscussed, 'Fishing quotas will be discussed at the Reykjavik meeting.')).toEqual([
      'Fishing quotas',
    ]);
    expect(read(passiveDiscussed, 'A new border regime has been agreed upon.')).toEqual([
      'new border regime',
    ]);
    expect(read(passiveDiscussed, 'Ferry tariffs are expected to be reviewed in Tallinn.')).toEqual([
      'Ferry tariffs',
    ]);
  });
});

describe('topic rules: advice is not a topic', () => {
  it('attention-paid-to and centred-on skip what someone must or should do', () => {
    expect(read(attentionPaidTo, 'Donors must pay more attention to rural clinics, the envoy said.')).toEqual(
      [],
    );
    expect(read(centredOn, 'The bloc should focus on fisheries, she argued.')).toEqual([]);
    expect(read(centredOn, 'Mercosur urged its members to focus on tariff cuts.')).toEqual([]);
  });
  it('still reads what a meeting paid attention to or focused on', () => {
    expect(read(attentionPaidTo, 'The ministers paid special attention to rural clinics.')).toEqual([
      'rural clinics',
    ]);
    expect(read(centredOn, 'The talks focused on tariff cuts.')).toEqual(['tariff cuts']);
  });
});

describe('topic rules: a decision to meet again is not a topic', () => {
  it('parties-decided skips a decision to meet, hold talks or visit', () => {
    expect(read(partiesDecided, 'The sides decided to meet again in Quito.')).toEqual([]);
  });
});

describe('topic rules: shapes of wire readouts', () => {
  it('talks-on reads no setting after "on" (sidelines, margins, phone)', () => {
    expect(
      read(
        talksOn,
        'The ministers agreed to cooperate during their talks on the margins of a regional gathering.',
      ),
    ).toEqual([]);
    expect(read(talksOn, 'They held talks on the sidelines of the forum.')).toEqual([]);
    expect(read(talksOn, 'They held talks on the margin rules of the fishing treaty.')).toEqual([
      'margin rules of the fishing treaty',
    ]);
  });
  it('talks-on reads "in-depth communications on X"', () => {
    expect(read(talksOn, 'The two sides held in-depth communications on the river treaty.')).toEqual([
      'river treaty',
    ]);
  });
  it('meeting-covered reads past a short time between the meeting and its verb', () => {
    expect(
      read(meetingCovered, 'The meeting earlier in the day addressed port fees and the ferry timetable.'),
    ).toEqual(['port fees', 'ferry timetable']);
    expect(read(meetingCovered, 'The talks on Monday covered grain exports.')).toEqual(['grain exports']);
    expect(read(meetingCovered, 'The meeting earlier in the day lasted an hour.')).toEqual([]);
  });
  it('passive-discussed reads what was prioritized', () => {
    expect(read(passiveDiscussed, 'Boosting rail freight was prioritized.')).toEqual([
      'Boosting rail freight',
    ]);
    expect(read(passiveDiscussed, 'Boosting rail freight is a priority for the port.')).toEqual([]);
  });
  it('outlined-directions reads what a meeting will identify', () => {
    expect(
      read(outlinedDirections, 'The meeting will also identify new areas of cooperation in fisheries.'),
    ).toEqual(['cooperation in fisheries']);
  });
  it('meeting-to-assess reads "the meeting was to review X"', () => {
    expect(read(meetingToAssess, 'The meeting was to review the ferry timetable.')).toEqual([
      'ferry timetable',
    ]);
  });
  it('talks-held-on reads no setting after "held on"', () => {
    expect(read(talksHeldOn, 'Talks were held on the sidelines of the forum.')).toEqual([]);
    expect(read(talksHeldOn, 'Consultations were held on the initiative of the host.')).toEqual([]);
    expect(read(talksHeldOn, 'The meeting was held on 5 June.')).toEqual([]);
  });
  it('outlined-directions reads "outlined plans for X"', () => {
    expect(read(outlinedDirections, 'The leaders outlined plans for cooperation in mining.')).toEqual([
      'cooperation in mining',
    ]);
  });
});

describe('topic rules: readouts from anywhere (invented sentences)', () => {
  it('centred-on reads every form of "centre" and "focus" with an adverb', () => {
    expect(read(centredOn, 'The talks centred on grain exports.')).toEqual(['grain exports']);
    expect(read(centredOn, 'The talks will particularly center on ferries and ports.')).toEqual([
      'ferries',
      'ports',
    ]);
    expect(read(centredOn, 'The meeting focused heavily on grain exports.')).toEqual(['grain exports']);
    expect(read(centredOn, 'He spoke, particularly focussing on the river treaty.')).toEqual([
      'river treaty',
    ]);
    // a noun "center" is no verb
    expect(read(centredOn, 'The new research center on the hill opened.')).toEqual([]);
  });
  it('talks-with-on reads past the other party, not a day or setting', () => {
    expect(
      read(
        talksWithOn,
        'Velk held bilateral talks with Marovian President Lena Moss on port fees and ferries.',
      ),
    ).toEqual(['port fees', 'ferries']);
    expect(
      read(
        talksWithOn,
        'Velk got a phone call Thursday from the chancellor, Lena Moss, on prospects of grain trade.',
      ),
    ).toEqual(['prospects of grain trade']);
    expect(read(talksWithOn, 'Velk held talks with Lena Moss on Monday on grain exports.')).toEqual([
      'grain exports',
    ]);
    expect(read(talksWithOn, 'Velk held talks with Lena Moss on the sidelines of the forum.')).toEqual([]);
    expect(read(talksWithOn, 'Velk held talks with Lena Moss, who on arrival praised the port.')).toEqual([]);
    expect(read(talksWithOn, 'In a call with Moss on May 3, we talked about port fees.')).toEqual([]);
  });
  it('meeting-will-address reads what a summit is to take up', () => {
    expect(
      read(
        meetingWillAddress,
        'The call came ahead of the summit in Varna, which will address ferry timetables and port fees.',
      ),
    ).toEqual(['ferry timetables', 'port fees']);
    expect(read(meetingWillAddress, 'The talks will cover grain exports.')).toEqual(['grain exports']);
    expect(read(meetingWillAddress, 'The minister will address the summit on Friday.')).toEqual([]);
  });
  it('cooperation-spans reads the fields a cooperation spans', () => {
    expect(
      read(
        cooperationSpans,
        'They hailed the cooperation between the two countries, which spans areas like fisheries, tourism and energy.',
      ),
    ).toEqual(['fisheries', 'tourism', 'energy']);
    expect(read(cooperationSpans, 'The bridge spans the river between the two towns.')).toEqual([]);
  });
  it('stressed-need reads "the need to" with its verb', () => {
    expect(read(stressedNeed, 'They stressed the need to closely cooperate on border checks.')).toEqual([
      'closely cooperate on border checks',
    ]);
    expect(read(stressedNeed, 'They stressed the need, as ever, for calm.')).toEqual([]);
  });
  it('to-sign reads "the signing of 13 agreements" and "the signing of agreements on X"', () => {
    expect(read(toSign, 'They witnessed the signing of 13 agreements in mining.')).toEqual([
      '13 agreements in mining',
    ]);
    expect(read(toSign, 'They witnessed the signing of agreements on health.')).toEqual([
      'agreements on health',
    ]);
    expect(read(toSign, 'The signing of autographs took an hour.')).toEqual([]);
  });
  it('commitment-to reads what the parties committed to', () => {
    expect(
      read(commitmentTo, 'The two sides reaffirmed their commitment to strengthening economic ties.'),
    ).toEqual(['strengthening economic ties']);
    expect(read(commitmentTo, 'Her commitment to the club was reaffirmed by the board.')).toEqual([]);
  });
  it('meeting-aims-to reads what a visit or meeting is for', () => {
    expect(read(meetingAimsTo, 'The visit aims to boost trade in grain.')).toEqual(['boost trade in grain']);
    expect(read(meetingAimsTo, 'He arrived for a state visit aimed at bolstering ties.')).toEqual([
      'bolstering ties',
    ]);
    expect(read(meetingAimsTo, 'The striker aims to score twice.')).toEqual([]);
    expect(
      read(meetingAimsTo, 'The meeting, held at the town hall, was aimed at easing tensions over fishing.'),
    ).toEqual(['easing tensions over fishing']);
    expect(read(reachedAgreement, 'They reached important consensus on river dredging.')).toEqual([
      'river dredging',
    ]);
  });
  it('explored-opportunities reads the field explored', () => {
    expect(
      read(exploredOpportunities, 'The sides explored opportunities for cooperation in solar power.'),
    ).toEqual(['cooperation in solar power']);
    expect(read(exploredOpportunities, 'The divers explored the wreck.')).toEqual([]);
  });
  it('parties-called-for reads what the parties demanded together', () => {
    expect(read(partiesCalledFor, 'The two leaders called for an immediate truce in the valley.')).toEqual([
      'immediate truce in the valley',
    ]);
    expect(read(partiesCalledFor, 'The mayor called for calm.')).toEqual([]);
  });
  it('raised-concerns reads "expressed concern over X"', () => {
    expect(read(raisedConcerns, 'They expressed concern over the drought in the south.')).toEqual([
      'drought in the south',
    ]);
    expect(read(raisedConcerns, 'They expressed concern.')).toEqual([]);
  });
  it('on-x-they reads the topic a sentence opens with, before the parties', () => {
    expect(read(onXTheyAgreed, 'On grain exports, the two leaders agreed to lift the quotas.')).toEqual([
      'grain exports',
    ]);
    expect(
      read(onXTheyAgreed, 'On the river treaty, Velk and Moss shared the view that it must stand.'),
    ).toEqual(['river treaty']);
    expect(read(onXTheyAgreed, 'On Monday, the two leaders met again.')).toEqual([]);
    expect(read(onXTheyAgreed, 'On the sidelines of the forum, they met again.')).toEqual([]);
  });
  it('topped-agenda reads what dominated "a two-day meeting"', () => {
    expect(
      read(toppedAgenda, 'Port fees and ferries dominated a two-day meeting of transport ministers.'),
    ).toEqual(['Port fees', 'ferries']);
  });
  it('stance-towards reads what a voiced stance is toward, not whom it thanks', () => {
    expect(
      read(
        stanceTowards,
        'Ruiz expressed her satisfaction with the state of fisheries between the two ports.',
      ),
    ).toEqual(['fisheries between the two ports']);
    expect(read(stanceTowards, 'Vidal aired his strong opposition to new tolls on the river.')).toEqual([
      'new tolls on the river',
    ]);
    expect(read(stanceTowards, "She stressed Peru's keenness on rail links.")).toEqual(['rail links']);
    expect(read(stanceTowards, 'He expressed his thanks to the mayor for the dinner.')).toEqual([]);
    expect(read(stanceTowards, 'Ruiz expressed her support for President Vidal.')).toEqual([]);
    expect(read(stanceTowards, 'Their support for the rail plan was expressed by the board.')).toEqual([]);
  });
  it('support-for reads what the parties back', () => {
    expect(
      read(supportFor, 'They expressed support for a peaceful settlement of the river dispute.'),
    ).toEqual(['peaceful settlement of the river dispute']);
    expect(read(supportFor, 'Support for the mayor was expressed by the council.')).toEqual([]);
  });
  it('more wire shapes: "on the table", "inked deals on", "noted the importance of", "the key issues were"', () => {
    expect(read(onTheAgenda, 'Issues of grain transit were on the table.')).toEqual(['grain transit']);
    expect(read(signedDocument, 'The ministers inked deals on fisheries.')).toEqual(['deals on fisheries']);
    expect(read(stressedNeed, 'The sides noted the importance of cooperation in mining.')).toEqual([
      'cooperation in mining',
    ]);
    expect(read(mainTopicWas, 'The key issues were grain exports and port fees.')).toEqual([
      'grain exports',
      'port fees',
    ]);
    expect(read(mainTopicWas, 'The key issues were not resolved.')).toEqual([]);
  });
});
