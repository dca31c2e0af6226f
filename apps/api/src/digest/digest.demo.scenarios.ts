import type { CaseOutcome } from '@cop/contracts';

/*
 * Building blocks of the demo case-law digest (digest.demo.ts): the typical patterns of firearms
 * trafficking cases — each with its offences, Protocol and Convention articles, weapon types and
 * modi operandi (codes of the default taxonomy, migration 1764060000001) and the paragraphs a
 * digest editor would write about such a case, filled in with the particulars of each demo case.
 * Every case, name and text is made up for this project; any likeness is accidental.
 */

/** The particulars of one demo case the paragraphs are written from. */
export interface CaseFacts {
  place: string;
  countryName: string;
  court: string;
  /** How many weapons (or items) were seized. */
  qty: number;
  /** The route as text ("from Turkey through Bulgaria to Serbia"), or "" without one. */
  route: string;
  /** Defendants, the sentence of the main one in words ("seven years' imprisonment"). */
  defendants: number;
  mainSentence: string;
  outcome: CaseOutcome;
  /** The case's own facts (one or two sentences) and the court's own point. */
  twist: string;
  holding: string;
  year: number;
  /**
   * The summary's last sentence: the scenario's point of law when the court convicted, else the
   * case's own holding (an acquittal does not make the scenario's point).
   */
  closing: (point: string) => string;
}

export interface Scenario {
  title: (f: CaseFacts) => string;
  offences: string[];
  protocol: number[];
  convention: number[];
  /** Weapon codes; the first gets the case's quantity, the others a share of it. */
  weapons: string[];
  modus: string[];
  charges: string[];
  summary: (f: CaseFacts) => string;
  facts: (f: CaseFacts) => string;
  reasoning: (f: CaseFacts) => string;
  commentary: (f: CaseFacts) => string;
  goodPractices: string[];
  lessons: string[];
  keywords: string[];
}

const people = (n: number) =>
  n === 1
    ? 'one defendant'
    : `${['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'][n] ?? n} defendants`;

export function outcomeText(f: CaseFacts): string {
  switch (f.outcome) {
    case 'CONVICTION':
      return `The court convicted ${f.defendants === 1 ? 'the defendant' : f.defendants === 2 ? 'both defendants' : `all ${people(f.defendants)}`}; the main defendant received ${f.mainSentence}.`;
    case 'PARTIAL_CONVICTION':
      return `The court convicted on some counts only; the main defendant received ${f.mainSentence}.`;
    case 'ACQUITTAL':
      return 'The court acquitted.';
    case 'DISMISSED':
      return 'The appeal was dismissed and the first-instance judgment upheld.';
    case 'PLEA_AGREEMENT':
      return `The case ended in a plea agreement approved by the court; the main defendant received ${f.mainSentence}.`;
    case 'PENDING':
      return 'The decision is not final: an appeal is pending.';
    default:
      return 'The proceedings ended without a decision on the merits.';
  }
}

const route = (f: CaseFacts, fallback: string) => (f.route ? f.route : fallback);

export const SCENARIOS = {
  parcel: {
    title: (f) => `Converted alarm pistols shipped in express parcels (${f.place})`,
    offences: ['illicit-trafficking', 'conversion-reactivation', 'illicit-manufacturing'],
    protocol: [3, 5, 8, 11],
    convention: [5, 18],
    weapons: ['converted-alarm-weapons', 'parts-components', 'ammunition'],
    modus: ['postal-parcels', 'parts-shipped-separately', 'conversion'],
    charges: ['illicit trafficking in firearms', 'illicit manufacturing (conversion)'],
    summary: (f) =>
      `Customs officers in ${f.place} found blank-firing pistols and loose barrels in parcels whose declarations did not match their contents. The investigation traced ${f.qty} pistols, bought legally as alarm weapons and converted in a workshop to fire live ammunition, shipped ${route(f, 'from abroad')}. ${outcomeText(f)} ${f.closing('The court treated each conversion as illicit manufacturing, not as mere possession.')}`,
    facts: (f) =>
      `X-ray screening of parcels at ${f.place} showed the outline of pistol frames packed among other goods. Barrels and slides travelled in separate parcels a few days apart, addressed to different recipients who passed them on to the organiser. A search of the workshop found a drill press, reamers and a dozen further alarm pistols awaiting conversion. ${f.twist} Ballistic examination confirmed that the converted pistols fired 9 mm rounds reliably, and two of them matched cartridge cases from shootings recorded in the national ballistic database.`,
    reasoning: (f) =>
      `The court held that boring out the barrel of an alarm weapon so that it can expel a bullet is the manufacture of a firearm within the meaning of the national firearms act, which transposes article 3 of the Firearms Protocol. The separate shipment of parts did not break the chain of trafficking: each parcel was a step of one plan. ${f.holding} The defendants' claim that they bought legal goods was rejected in view of the workshop tools and the messages about "finishing" the pieces.`,
    commentary: (f) =>
      `A textbook example of a conversion case: legal alarm weapons bought in bulk, converted near the market and sold through personal networks. The ${f.court} looked past the legal purchase to the finished product. The link to earlier shootings through ballistic imaging gave the case its weight and showed the value of entering every recovered cartridge case into the database.`,
    goodPractices: [
      'Screen courier parcels declared as machine or car parts with X-ray, and share the images with the firearms unit.',
      'Follow the parts: parcels with barrels and slides sent separately belong to the same case.',
      'Enter every seized weapon and cartridge case into the ballistic imaging system before the trial.',
      'Ask the country of purchase for the sales records of the alarm weapons (tracing request under article 12).',
    ],
    lessons: [
      'Alarm and blank-firing weapons that can be converted with common tools should be treated as firearms by the law.',
      'Courier companies are partners: a contact point at each hub shortened the time to seizure.',
    ],
    keywords: ['converted alarm weapons', 'express parcels', 'ballistic imaging'],
  },
  vehicle: {
    title: (f) => `Firearms and ammunition hidden in a vehicle crossing the border at ${f.place}`,
    offences: ['illicit-trafficking', 'illicit-possession', 'organized-crime-participation'],
    protocol: [5, 6, 11],
    convention: [5, 18, 27],
    weapons: ['handguns', 'ammunition', 'rifles'],
    modus: ['vehicle-concealment', 'ant-trade'],
    charges: ['illicit trafficking in firearms', 'participation in an organized criminal group'],
    summary: (f) =>
      `Border officers at ${f.place} stopped a vehicle with a professionally built hiding place holding ${f.qty} firearms and several hundred cartridges. The weapons were moving ${route(f, 'across the land border')}. Drivers made the same trip every few weeks, carrying small quantities each time. ${outcomeText(f)} ${f.closing('The court relied on telephone evidence to show an organised group rather than an isolated courier.')}`,
    facts: (f) =>
      `A risk profile based on frequent short crossings led to a secondary inspection of the vehicle at ${f.place}. An endoscope revealed packages wrapped in carbon paper inside the hiding place. The driver said a stranger had lent him the vehicle. Telephone records showed regular contact with the owner of a car-repair shop near the border and with buyers in the capital. ${f.twist} Over the previous year the same vehicle had crossed the border 23 times.`,
    reasoning: (f) =>
      `The court found that the professional construction of the hiding place, the repeated trips and the coordinated calls proved that the driver knew what he carried and acted within a structured group of three or more persons acting in concert, as defined in article 2 of the Organized Crime Convention and the national criminal code. ${f.holding} The vehicle was confiscated as an instrument of the offence under the confiscation provisions implementing article 6 of the Protocol.`,
    commentary: (f) =>
      `The "ant trade" — many small consignments rather than one large one — is hard to detect and easy to dismiss as petty crime. This judgment of the ${f.court} is useful because it reconstructs the pattern from crossing records and telephone data and sentences accordingly. It also confirms that the vehicle used for concealment may be confiscated even when registered to a third party who knew of its use.`,
    goodPractices: [
      'Use crossing records to build risk profiles of vehicles making frequent short trips.',
      'Equip border posts with endoscopes and train officers on altered fuel tanks and double floors.',
      'Open a parallel investigation into the network instead of closing the case with the courier.',
      'Seek the cross-border telephone and crossing data early through police cooperation channels (Convention article 27).',
    ],
    lessons: [
      'Small repeated seizures at the same crossing deserve to be linked and analysed together.',
      'Confiscating the vehicle disrupts the network more than the courier’s sentence does.',
    ],
    keywords: ['ant trade', 'vehicle concealment', 'border control'],
  },
  darknet: {
    title: (f) => `Handguns and parts sold on a darknet market, delivered to ${f.place}`,
    offences: ['illicit-trafficking', 'money-laundering', 'illicit-possession'],
    protocol: [5, 10, 12],
    convention: [6, 12, 18, 20],
    weapons: ['handguns', 'parts-components', 'ammunition'],
    modus: ['online-darknet-sales', 'postal-parcels'],
    charges: ['illicit trafficking in firearms', 'laundering of proceeds of crime'],
    summary: (f) =>
      `A vendor on a darknet marketplace offered pistols, spare slides and ammunition for payment in cryptocurrency, with delivery by post in ${f.countryName}. After an undercover purchase, investigators identified the vendor's drop points around ${f.place} and seized ${f.qty} firearms and parts. ${outcomeText(f)} ${f.closing('The proceeds, converted through several wallets, were confiscated.')}`,
    facts: (f) =>
      `The cybercrime unit noticed listings written in the local language with delivery times suggesting domestic dispatch. An undercover officer bought one pistol; the parcel, posted from a sorting office near ${f.place}, carried fingerprints and a handwritten label. Surveillance of two post offices identified the vendor, whose home contained vacuum-sealing equipment, pistol parts and a hardware wallet. ${f.twist} Blockchain analysis linked the marketplace payments to exchanges where the vendor cashed out.`,
    reasoning: (f) =>
      `The court admitted the evidence of the undercover purchase, holding that the officer had merely accepted an existing offer and had not incited the offence; the operation had been authorised in advance, as the law on special investigative techniques requires. ${f.holding} Converting cryptocurrency proceeds through intermediate wallets in order to conceal their origin was laundering; the court ordered confiscation of the equivalent value.`,
    commentary: (f) =>
      `Online sales are often presented as anonymous; this case shows that the physical delivery is the weak point. The ${f.court} gives clear guidance on the limits of an undercover purchase and on proving laundering through blockchain analysis, both useful beyond firearms cases.`,
    goodPractices: [
      'Plan an authorised undercover purchase to obtain a parcel, packaging and traces.',
      'Combine blockchain analysis with postal surveillance to identify the vendor.',
      'Seize hardware wallets and their recovery phrases at the search; ask for a confiscation of equivalent value.',
      'Share vendor identifiers and parcel features with the postal operator’s security service.',
    ],
    lessons: [
      'Darknet vendors usually ship domestically: local postal intelligence is the key to identification.',
      'Document the authorisation of special investigative techniques carefully; the defence will test it.',
    ],
    keywords: ['darknet', 'cryptocurrency', 'undercover purchase', 'laundering'],
  },
  straw: {
    title: (f) => `Straw purchases at licensed dealers: the ${f.place} trafficking network`,
    offences: ['illicit-trafficking', 'diversion', 'organized-crime-participation'],
    protocol: [5, 7, 10, 12],
    convention: [5, 16, 18],
    weapons: ['handguns', 'rifles', 'ammunition'],
    modus: ['straw-purchases', 'vehicle-concealment'],
    charges: ['making false statements in firearms purchases', 'illicit trafficking in firearms'],
    summary: (f) =>
      `Several buyers with clean records purchased ${f.qty} pistols and rifles from licensed dealers over eighteen months, declaring them for their own use. The weapons were handed to an organiser and moved ${route(f, 'abroad')}, where traced firearms were recovered at crime scenes; the case was tried in ${f.place}. ${outcomeText(f)} ${f.closing("The dealers' records were decisive in linking the purchases.")}`,
    facts: (f) =>
      `Tracing requests from the destination country named the same few buyers again and again. The dealers' registers showed purchases of identical models a few days apart, often paid in cash. Buyers admitted that they had been paid to buy and hand over the weapons in a car park. ${f.twist} The organiser was arrested when he crossed the border with eleven pistols under the seats of a van.`,
    reasoning: (f) =>
      `The court held that a buyer who falsely declares to be the actual purchaser commits an offence even if he never keeps the weapon; the later handover showed that the declarations were false from the start. ${f.holding} The organiser's role in recruiting buyers and paying them per weapon made him the principal offender, and his extradition request was granted for the trafficking counts only.`,
    commentary: (f) =>
      `Straw purchasing turns the legal market into a supply line. The ${f.court} shows how tracing answers from abroad (Protocol article 12) and accurate dealer records (article 7) combine into proof. The case also illustrates the speciality rule in extradition: the requesting state may try only the offences for which extradition was granted.`,
    goodPractices: [
      'Analyse tracing answers for repeat buyers and repeat dealers, not only weapon by weapon.',
      'Require dealers to record and report multiple purchases of the same model within a short period.',
      'Interview straw buyers early: they are often willing to cooperate against the organiser.',
    ],
    lessons: [
      'Every traced weapon recovered abroad is a lead back to the legal market.',
      'Cash purchases of several identical handguns are a warning sign dealers should report.',
    ],
    keywords: ['straw purchase', 'licensed dealers', 'tracing', 'extradition'],
  },
  stockpile: {
    title: (f) => `Diversion of weapons from state stocks in ${f.place}`,
    offences: ['diversion', 'illicit-trafficking', 'organized-crime-participation'],
    protocol: [5, 6, 7, 11],
    convention: [5, 6, 12, 26],
    weapons: ['automatic-weapons', 'ammunition', 'light-weapons'],
    modus: ['stockpile-diversion', 'storage-theft'],
    charges: ['diversion of state property', 'illicit trafficking in firearms', 'abuse of office'],
    summary: (f) =>
      `A stock check of state weapons held in ${f.place} found ${f.qty} rifles and thousands of cartridges missing, some replaced in their crates by scrap. Their custodians had sold weapons over several years to intermediaries who supplied criminal groups. ${outcomeText(f)} ${f.closing("The court treated the abuse of the custodians' position as an aggravating circumstance and ordered confiscation of the proceeds.")}`,
    facts: (f) =>
      `The discrepancy came to light when a rifle seized after a robbery was traced to the state stocks by its serial number. A full stock count found crates whose seals had been replaced. The custodians had falsified the registers to show weapons sent for repair or destruction. ${f.twist} Financial investigation showed cash deposits matching the dates of the register entries.`,
    reasoning: (f) =>
      `The court found that the custodians held the weapons by virtue of their office and that selling them was diversion, aggravated by the breach of trust. The falsified repair entries proved intent. ${f.holding} A buyer who cooperated with investigators received a reduced sentence under the provisions implementing article 26 of the Organized Crime Convention.`,
    commentary: (f) =>
      `Leakage from state stockpiles is among the most serious sources of illicit weapons, because the weapons are military-grade and the losses may go unnoticed for years. The ${f.court} decision is a reminder that physical stock counts and tracing of every recovered weapon against national inventories are the controls that detect it.`,
    goodPractices: [
      'Reconcile armoury registers with physical counts at unannounced intervals, by staff from outside the unit.',
      'Trace every recovered military or police weapon against national inventories.',
      'Run a financial investigation of custodians when losses are found.',
      'Offer cooperation incentives to lower-level participants to reach the buyers.',
    ],
    lessons: [
      'Seal replacement and paper transfers "for repair" are common concealment methods.',
      'Stockpile security (Protocol article 11) is a law-enforcement matter, not only a logistics one.',
    ],
    keywords: ['stockpile diversion', 'armoury', 'insider', 'inventory'],
  },
  markings: {
    title: (f) => `Obliterated serial numbers on pistols seized in ${f.place}`,
    offences: ['marking-offences', 'illicit-possession', 'illicit-trafficking'],
    protocol: [5, 8, 12],
    convention: [18, 27],
    weapons: ['handguns', 'rifles'],
    modus: ['vehicle-concealment', 'ant-trade'],
    charges: ['removing or altering firearm markings', 'illicit possession of firearms'],
    summary: (f) =>
      `Police in ${f.place} seized ${f.qty} pistols whose serial numbers had been ground off. The forensic laboratory restored most numbers by chemical etching, and tracing requests established that the weapons had been exported legally years earlier and diverted ${route(f, 'abroad')}. ${outcomeText(f)} ${f.closing('The court held that possessing a weapon with obliterated markings is itself an offence, whoever removed them.')}`,
    facts: (f) =>
      `The weapons were found in ${f.place} after a tip-off. All had the frame and slide numbers removed with an angle grinder. The laboratory recovered full or partial numbers on most of them. ${f.twist} Answers to the tracing requests arrived within weeks from two countries and within ten months from a third, delaying the indictment.`,
    reasoning: (f) =>
      `The court held that the offence of falsifying or removing markings, introduced to implement article 5(1)(c) of the Protocol, covers knowing possession of such weapons; the defendant need not have removed the markings himself. Knowledge could be inferred from the visible grinding marks. ${f.holding} The restored serial numbers, with the laboratory's method explained by its expert, were admitted as evidence.`,
    commentary: (f) =>
      `Obliteration is meant to defeat tracing, and restoration defeats obliteration. The ${f.court} accepted restoration evidence and drew the inference of knowledge from the state of the weapons. The delays in tracing answers show why Protocol article 12 asks states to respond promptly.`,
    goodPractices: [
      'Send weapons with removed markings to the laboratory for restoration before any other handling.',
      'Photograph grinding marks: they support the inference that the holder knew.',
      'Send tracing requests for every restored number and follow up overdue answers through focal points.',
    ],
    lessons: [
      'Partial restoration can still identify a weapon when combined with model and import data.',
      'Late tracing answers can hold up prosecutions; deadlines should be agreed at the outset.',
    ],
    keywords: ['serial number restoration', 'markings', 'tracing request'],
  },
  ghost: {
    title: (f) => `3D-printed and privately made firearms produced in ${f.place}`,
    offences: ['illicit-manufacturing', 'illicit-possession', 'terrorism-related'],
    protocol: [3, 5, 8],
    convention: [18, 20],
    weapons: ['privately-made-firearms', 'parts-components', 'ammunition'],
    modus: ['private-manufacture', 'online-darknet-sales', 'parts-shipped-separately'],
    charges: ['illicit manufacturing of firearms', 'possession of firearms without authorisation'],
    summary: (f) =>
      `A search of a flat in ${f.place} found a desktop 3D printer, printed frames, steel barrel blanks bought online and ${f.qty} privately made firearms, some ready to fire. The defendant had downloaded manufacturing files and exchanged tips on an encrypted forum. ${outcomeText(f)} ${f.closing('The court held that printing a firearm without a licence is illicit manufacturing even when no part carries a marking.')}`,
    facts: (f) =>
      `Investigators were alerted by a parcel service after a barrel blank shipment was damaged in transit. The flat in ${f.place} contained printed lower frames, springs and a hand-made rifling tool. The defendant's computer held design files and chat logs on an encrypted forum. ${f.twist} Test firing by the laboratory showed that two of the weapons fired repeatedly without failure.`,
    reasoning: (f) =>
      `The court held that the definition of a firearm covers any portable barrelled weapon that expels a shot by the action of an explosive, whatever the material of the frame, and that assembling it without authorisation is illicit manufacturing (Protocol article 3 and the national law). The absence of markings aggravates rather than excuses. ${f.holding}`,
    commentary: (f) =>
      `Privately made firearms challenge laws written for industrial production. The ${f.court} applied the functional definition and did not need a specific offence for 3D printing. Investigators should note how the parcel service's report started the case: the metal parts, not the printed plastic, are the controllable element.`,
    goodPractices: [
      'Treat barrel blanks, slides and other essential metal parts as the control point for privately made firearms.',
      'Have the laboratory test-fire seized printed weapons to prove they are firearms in law.',
      'Preserve forum and chat data quickly; online design communities move and disappear.',
    ],
    lessons: [
      'The functional definition of a firearm covers printed weapons without new legislation.',
      'Reports from parcel and courier services can start privately-made-firearm investigations.',
    ],
    keywords: ['3D-printed firearms', 'privately made firearms', 'ghost guns'],
  },
  reactivation: {
    title: (f) => `Deactivated rifles reactivated and sold in ${f.place}`,
    offences: ['conversion-reactivation', 'illicit-trafficking', 'illicit-manufacturing'],
    protocol: [5, 9, 10],
    convention: [5, 18],
    weapons: ['reactivated-weapons', 'automatic-weapons', 'parts-components'],
    modus: ['reactivation', 'online-darknet-sales'],
    charges: ['illicit manufacturing (reactivation)', 'illicit trafficking in firearms'],
    summary: (f) =>
      `A business in ${f.place} bought deactivated assault rifles and submachine guns from abroad, legally, as decorative items, and replaced the welded barrels and blocked bolts with functional parts. ${f.qty} reactivated weapons were sold to criminal buyers ${route(f, 'in the region')}. ${outcomeText(f)} ${f.closing('The court found that the deactivation standard of the exporting country did not make the weapons irreversibly inoperable.')}`,
    facts: (f) =>
      `Reactivated rifles turned up at two crime scenes and were recognised by the remains of deactivation marks. Records of the business in ${f.place} showed purchases of deactivated weapons and, separately, of spare barrels and bolts from gunsmith suppliers. ${f.twist} Laboratory examination found that the plugs in the barrels had been drilled out in under an hour.`,
    reasoning: (f) =>
      `The court held that a weapon which can be restored to fire with ordinary workshop tools has not been deactivated in the sense of article 9 of the Protocol, and that restoring it is manufacturing a firearm. ${f.holding} The shop owner's licence as a collector did not cover any work on the mechanism.`,
    commentary: (f) =>
      `Weak deactivation standards in one country create a market for reactivation in another. The ${f.court} judgment explains why deactivation must make all essential parts permanently inoperable and be verified and marked by an authority, as Protocol article 9 requires.`,
    goodPractices: [
      'Check deactivation certificates and marks of seized weapons against the standard applied.',
      'Monitor sales of spare barrels and bolts to holders of deactivated weapons.',
      'Share information about weakly deactivated models with the exporting country.',
    ],
    lessons: [
      'A deactivation that can be reversed in an hour is not a deactivation.',
      'Collector licences are often used as a cover for work on mechanisms.',
    ],
    keywords: ['reactivation', 'deactivated weapons', 'collectors'],
  },
  container: {
    title: (f) => `Rifles and ammunition concealed in a shipping container at ${f.place}`,
    offences: ['illicit-trafficking', 'unauthorized-transfer', 'money-laundering'],
    protocol: [5, 10, 11, 13],
    convention: [5, 6, 13, 18],
    weapons: ['rifles', 'handguns', 'ammunition'],
    modus: ['container-concealment'],
    charges: ['illicit trafficking in firearms', 'export without authorisation', 'false customs declaration'],
    summary: (f) =>
      `Customs at ${f.place} inspected a shipment whose declared contents did not match its weight and found ${f.qty} rifles and pistols with ammunition concealed in the cargo. The shipment came ${route(f, 'by sea')}. Consignee and freight forwarder used a front company. ${outcomeText(f)} ${f.closing("The judgment addresses proof of the shipper's knowledge and confiscation of the company's assets.")}`,
    facts: (f) =>
      `Risk analysis flagged the container because the declared value was low for its weight and the consignee had been registered weeks earlier. Scanning at ${f.place} showed dense metal shapes inside the cargo. Weapons were wrapped in oiled cloth with desiccant bags. ${f.twist} Payment for the freight was made from an account that also received money from buyers of earlier shipments.`,
    reasoning: (f) =>
      `The court held that exporting firearms without the licence required by the law implementing article 10 of the Protocol is complete when the goods are declared for export under a false description. The shipper's knowledge followed from the concealment and the packing. ${f.holding} The front company's account was confiscated as an instrument and proceeds of the offence.`,
    commentary: (f) =>
      `Container cases often end with the arrest of a driver or a dock worker only. Here the ${f.court} reached the organisers through the freight payments and the company's registration. The case underlines the value of risk profiling on declared value, weight and consignee history.`,
    goodPractices: [
      'Profile containers on value-to-weight ratio and the age of the consignee company.',
      'Scan before opening and record the images as evidence.',
      'Follow the freight payment: forwarders’ accounts lead to the organisers.',
      'Coordinate a controlled delivery with the destination country where the law allows.',
    ],
    lessons: [
      'Newly registered consignees shipping "household goods" deserve a second look.',
      'Cooperation with shipping lines (Protocol article 13) gives access to booking histories.',
    ],
    keywords: ['container', 'port', 'customs', 'front company'],
  },
  armedgroup: {
    title: (f) => `Weapons supplied to an armed group through ${f.place}`,
    offences: ['illicit-trafficking', 'terrorism-related', 'organized-crime-participation'],
    protocol: [5, 6, 12],
    convention: [5, 16, 18, 19],
    weapons: ['automatic-weapons', 'ammunition', 'light-weapons'],
    modus: ['ant-trade', 'vehicle-concealment', 'stockpile-diversion'],
    charges: ['supplying weapons to a terrorist group', 'illicit trafficking in firearms'],
    summary: (f) =>
      `Small convoys carried assault rifles and ammunition through ${f.place} to an armed group, in loads small enough to pass as goods for local markets. After a seizure of ${f.qty} rifles, a joint investigation with a neighbouring country identified the supplier, a trader with contacts in a former conflict zone. ${outcomeText(f)} ${f.closing("The court treated the supply of weapons as participation in the group's terrorist activities.")}`,
    facts: (f) =>
      `A patrol near ${f.place} intercepted rifles wrapped in mats and hidden among ordinary goods. Markings showed that some rifles came from stockpiles looted years earlier in the region. The carriers' phones linked them to a trader who paid them per trip. ${f.twist} A joint investigation team with the neighbouring country produced witness statements and phone records from both sides of the border.`,
    reasoning: (f) =>
      `The court held that knowingly supplying weapons to a group that commits terrorist acts is an act of participation, whatever the supplier's motive of profit. Evidence gathered by the joint investigation team abroad was admitted, as the agreement provided for its use in both states. ${f.holding}`,
    commentary: (f) =>
      `Trafficking and terrorism cases are often tried only as terrorism; the ${f.court} kept the trafficking counts and the tracing evidence, which shows where the weapons came from. The joint investigation team (Convention article 19) was decisive in reaching the supplier across the border.`,
    goodPractices: [
      'Run a parallel firearms investigation in terrorism cases: trace every seized weapon.',
      'Set up a joint investigation team early when routes cross a border.',
      'Record markings and the condition of weapons from looted stockpiles for regional analysis.',
    ],
    lessons: [
      'Small loads on motorbikes, boats or pack animals add up to significant flows over months.',
      'An agreement on the admissibility of evidence gathered jointly avoids disputes at trial.',
    ],
    keywords: ['armed group', 'terrorism', 'joint investigation team', 'small loads'],
  },
  brokering: {
    title: (f) => `Unlicensed brokering of a rifle consignment arranged from ${f.place}`,
    offences: ['illicit-brokering', 'unauthorized-transfer', 'money-laundering'],
    protocol: [5, 10, 15],
    convention: [6, 13, 16, 18],
    weapons: ['rifles', 'light-weapons', 'ammunition'],
    modus: ['container-concealment', 'stockpile-diversion'],
    charges: ['brokering without a licence', 'laundering of proceeds of crime'],
    summary: (f) =>
      `A businessman in ${f.place} negotiated the sale of ${f.qty} rifles and light weapons from a surplus stockpile to a buyer under an arms embargo, without ever touching the goods. He used forged end-user certificates and company accounts in three countries. ${outcomeText(f)} ${f.closing('The court held that arranging the transfer from national territory is brokering within its jurisdiction, wherever the weapons travelled.')}`,
    facts: (f) =>
      `The case began with a request for mutual legal assistance about a consignment planned ${route(f, 'by sea')}. Emails seized at the office in ${f.place} showed price negotiations, transport arrangements and drafts of end-user certificates. ${f.twist} The commission was paid through a chain of company accounts before reaching the defendant.`,
    reasoning: (f) =>
      `The court held that the brokering offence introduced under article 15 of the Protocol applies to a person who arranges a transfer from national territory even if the weapons never enter it. The forged certificates showed intent to evade export controls. ${f.holding} The commission was confiscated as proceeds and its route through company accounts constituted laundering.`,
    commentary: (f) =>
      `Brokers rarely handle weapons, which makes them hard to prosecute without a specific offence and extraterritorial reach. The ${f.court} shows both at work, with evidence obtained through mutual legal assistance (Convention article 18).`,
    goodPractices: [
      'Register and license brokers, and make unlicensed brokering an offence with extraterritorial reach.',
      'Verify end-user certificates with the issuing authority before any licence decision.',
      'Follow the commission: brokers are paid, and the payment trail proves their role.',
    ],
    lessons: [
      'Brokers can be prosecuted where they act, not only where the weapons go.',
      'Forged end-user certificates are a recurring feature; issuing authorities should confirm them quickly.',
    ],
    keywords: ['brokering', 'end-user certificate', 'arms embargo'],
  },
} satisfies Record<string, Scenario>;

export type ScenarioKey = keyof typeof SCENARIOS;
