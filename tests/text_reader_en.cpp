// SPDX-License-Identifier: MIT
// The plain-text reader on Western conventions (issue 4): RFC-style memos,
// manuals with underlined titles, policies with 1.-numbered lists inside
// 1.-numbered sections, word-processor exports, tables of contents of every
// common shape, and lines that only look like markers. The fixtures live in
// tests/data/text/en; every expected outline below was written by hand from
// the fixture and the representation rules, and checked by eye line by line.
#include <reportdoc/reportdoc.hpp>

#include "support/files.hpp"
#include "support/outline.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using namespace reportdoc;

namespace {

std::string fixture(const char* name) {
    const std::string text = testing::read_file(std::string(REPORTDOC_TEST_DATA) + "/text/en/" + name);
    REQUIRE_MESSAGE(!text.empty(), "missing fixture ", name);
    return text;
}

// Expected texts write a no-break space as {NBSP}, which is invisible in source.
std::string with_nbsp(std::string s) {
    for (std::size_t at; (at = s.find("{NBSP}")) != std::string::npos;) s.replace(at, 6, "\xC2\xA0");
    return s;
}

// The diagnostics of the given codes, one per line: "LINE:COL code".
std::string diagnostics_of(const parse_result<report>& result, const std::vector<std::string_view>& codes) {
    std::string out;
    for (const diagnostic& d : result.diagnostics())
        if (std::find(codes.begin(), codes.end(), d.code) != codes.end())
            out += std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + " " + std::string(d.code) + "\n";
    return out;
}

// Every diagnostic, formatted, for failure messages.
std::string all_diagnostics(const parse_result<report>& result) {
    std::string out;
    for (const diagnostic& d : result.diagnostics()) out += format_diagnostic(d) + "\n";
    return out;
}

// The codes the Western conventions report on; every fixture lists all of its own.
// A TOC's one "toc-page-numbers" note stands at the TOC's title line.
const std::vector<std::string_view> furniture_codes = {
    "page-footer", "page-header", "page-number", "joined-across-page", "toc-page-numbers",
    "numbering-repeated", "numbering-skipped"};

// Label, numbering style and ordinal of every body and back-matter section, one per line.
std::string numbering_of(const report& doc) {
    std::string out;
    bool counted = false;
    for (const_walker w(doc); w.next();) {
        if (w.event() != walk_event::enter) continue;
        const node_kind k = w.node().kind();
        if (k == node_kind::front_matter || k == node_kind::closing) counted = false;
        if (k == node_kind::body || k == node_kind::back_matter) counted = true;
        if (k == node_kind::section && counted) {
            const section* s = w.node().as<section>();
            out += "[" + s->label + "] " + std::string(to_string(s->style)) + " " + std::to_string(s->ordinal) + "\n";
        }
    }
    return out;
}

// ---------------------------------------------------------------------------
// The outline against the document's own table of contents

struct outline_entry {
    std::string label;  // as written
    std::string title;
    unsigned level = 0;
    bool required = false;  // a body or back-matter section must be listed in the TOC
};

bool is_toc_title(const std::string& t) {
    return t == "Table of Contents" || t == "Contents" || t == "CONTENTS";
}

// "1.1." and "1.1", "Appendix A." and "APPENDIX A:" are the same label written differently.
std::string normalized_label(std::string_view written) {
    // Copied, not replace()d in place: g++ 12 at -O3 in C++20 warns (-Wrestrict) on that replace.
    std::string s;
    for (std::size_t i = 0; i < written.size(); ++i) {
        const bool nbsp = written.substr(i, 2) == "\xC2\xA0";
        s += nbsp ? ' ' : written[i];
        i += nbsp ? 1 : 0;
    }
    while (!s.empty() && (s.back() == '.' || s.back() == ':')) s.pop_back();
    // The keyword before the number may change case; the number itself may not ("A" is not "a").
    const std::size_t space = s.rfind(' ');
    for (std::size_t i = 0; space != std::string::npos && i < space; ++i)
        if (s[i] >= 'A' && s[i] <= 'Z') s[i] = static_cast<char>(s[i] - 'A' + 'a');
    return s;
}

// The TOC's entries in order, each with its nesting level (1 for the outermost list).
std::vector<outline_entry> toc_entries(const report& doc) {
    std::vector<outline_entry> out;
    for (const block& b : doc.front_matter) {
        const section* s = b.as<section>();
        if (!s || !is_toc_title(testing::inline_text(s->title))) continue;
        for (const block& child : s->children) {
            if (!child.is<list>()) continue;
            for (const_walker w{node_ref(child)}; w.next();) {
                if (w.event() != walk_event::enter || w.node().kind() != node_kind::list_item) continue;
                const list_item* item = w.node().as<list_item>();
                outline_entry e;
                e.label = item->label;
                e.level = static_cast<unsigned>(w.depth() + 1) / 2;
                if (!item->children.empty())
                    if (const paragraph* p = item->children.front().as<paragraph>()) e.title = testing::inline_text(p->content);
                out.push_back(e);
            }
        }
    }
    return out;
}

// Every section but the TOC's own, at most `depth` levels deep.
std::vector<outline_entry> section_entries(const report& doc, unsigned depth) {
    std::vector<outline_entry> out;
    bool required = false;
    for (const_walker w(doc); w.next();) {
        if (w.event() != walk_event::enter) continue;
        const node_kind k = w.node().kind();
        if (k == node_kind::front_matter || k == node_kind::closing) required = false;
        if (k == node_kind::body || k == node_kind::back_matter) required = true;
        if (k != node_kind::section) continue;
        const section* s = w.node().as<section>();
        const std::string title = testing::inline_text(s->title);
        if (!required && is_toc_title(title)) {
            w.skip_children();
            continue;
        }
        if (s->level <= depth) out.push_back(outline_entry{s->label, title, s->level, required});
    }
    return out;
}

std::string describe(const std::vector<outline_entry>& entries) {
    std::string out;
    for (const outline_entry& e : entries)
        out += "  " + std::string(2 * (e.level ? e.level - 1 : 0), ' ') + "[" + e.label + "] " + e.title + "\n";
    return out;
}

struct toc_match {
    std::size_t matched = 0;        // TOC entries found in order among the sections
    std::size_t toc = 0;            // TOC entries
    std::size_t unlisted = 0;       // body and back-matter sections the TOC does not list
    [[nodiscard]] double ratio() const {
        const std::size_t all = toc + unlisted;
        return all == 0 ? 0.0 : static_cast<double>(matched) / static_cast<double>(all);
    }
};

// The longest common subsequence of TOC entries and sections by (label, title).
toc_match match_toc(const std::vector<outline_entry>& toc, const std::vector<outline_entry>& sections) {
    const auto same = [](const outline_entry& a, const outline_entry& b) {
        return normalized_label(a.label) == normalized_label(b.label) && a.title == b.title;
    };
    const std::size_t n = toc.size(), m = sections.size();
    std::vector<std::vector<std::size_t>> table(n + 1, std::vector<std::size_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            table[i][j] = same(toc[i], sections[j]) ? table[i + 1][j + 1] + 1
                                                    : std::max(table[i + 1][j], table[i][j + 1]);
    toc_match r;
    r.toc = n;
    std::vector<char> used(m, 0);
    for (std::size_t i = 0, j = 0; i < n && j < m;) {
        if (same(toc[i], sections[j]) && table[i][j] == table[i + 1][j + 1] + 1) {
            used[j] = 1;
            ++r.matched;
            ++i;
            ++j;
        } else if (table[i + 1][j] >= table[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    for (std::size_t j = 0; j < m; ++j) r.unlisted += sections[j].required && !used[j];
    return r;
}

// ---------------------------------------------------------------------------
// Expected outlines

const char* const rfc_memo_outline = R"x(title: A Plain-Text Report Format for Structured Field Notes
author: J. Smith
date: June 2023 = 2023-06
source: Internet Engineering Task Force (IETF) 
category: Informational
language: en
field: Request for Comments = 9999
field: organization = Example Labs
field: ISSN = 2070-1721
front-matter:
section 1 [] Abstract
  paragraph This memo describes a small plain-text format in which field teams record observations, tallies and references to images. The format is meant to be read by people first and by programs second.
section 1 [] Status of This Memo
  paragraph This document is published for the information of the community; it does not specify a standard of any kind. Comments are welcome and may be sent to the author at the address given at the end of this memo.
section 1 [] Copyright Notice
  paragraph Copyright (c) 2023 J. Smith. This text was written for the test suite of a document reader and may be copied, changed and shared freely.
section 1 [] Table of Contents
  list none
    item [1.]
      paragraph Introduction
      list none
        item [1.1.]
          paragraph Terminology
    item [2.]
      paragraph Format Overview
      list none
        item [2.1.]
          paragraph Records
          list none
            item [2.1.1.]
              paragraph Record Header
            item [2.1.2.]
              paragraph Record Body
        item [2.2.]
          paragraph Record Kinds
    item [3.]
      paragraph Grammar
    item [4.]
      paragraph Security Considerations
    item [Appendix A.]
      paragraph Examples
      list none
        item [A.1.]
          paragraph A Minimal Record
    item []
      paragraph Author's Address
section 1 [1.] Introduction
  paragraph Field teams that survey wetlands, forests and coastlines write down what they see in whatever form is at hand: a notebook, a spreadsheet or an e-mail message sent from the field. This memo proposes one shared form, so that notes from different teams can be merged without retyping them. The form stays readable on a phone screen and on paper, and it asks for no software beyond a text editor.
  paragraph The rest of this memo describes the records that a note file holds (Section 2) and gives their grammar (Section 3).
  section 2 [1.1.] Terminology
    paragraph In this memo, a "station" is a fixed place that a team visits repeatedly, and a "record" is what the team writes about one visit. The words "must" and "may" have their ordinary English meaning.
section 1 [2.] Format Overview
  paragraph A note file is a sequence of records. Each record starts on a new line and ends at the next blank line. A record has the following properties:
  list none
    item [o]
      paragraph It names the station where the observation was made, using the identifier assigned by the survey coordinator.
    item [o]
      paragraph It carries a kind, which tells a reader how to interpret the body of the record; the kinds are listed in Section 2.2.
    item [o]
      paragraph It may be followed by free text, which readers keep exactly as written.
  section 2 [2.1.] Records
    paragraph Every record consists of a header and a body. Programs read the header; people mostly read the body.
    section 3 [2.1.1.] Record Header
      paragraph The header is a fixed structure of eight octets:
      pre  0                   1                   2                   3
 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|Version|  Kind |            Length             |   Reserved    |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|                      Station Identifier                       |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
      paragraph Figure 1: Record Header Layout
      paragraph Version: 4 bits. The format version; this memo describes version 1.
      paragraph Kind: 4 bits. The record kind, one of the values in Table 1.
      paragraph Length: 16 bits. The length of the body in octets, not counting the header.
    section 3 [2.1.2.] Record Body
      paragraph The body is UTF-8 text. Lines in the body should be kept short, so that records can be pasted into e-mail without being rewrapped.
  section 2 [2.2.] Record Kinds
    paragraph Each record kind has a name and a value:
    pre Name    Value   Meaning
------  -----   ---------------------------------
note    1       A free-text observation
count   2       A tally of sightings at a station
photo   3       A reference to an image file
    paragraph Table 1: Record Kinds
section 1 [3.] Grammar
  paragraph The syntax of a note file in augmented Backus-Naur form is:
  pre notes    = record *( LF record )
record   = header LF body LF
header   = "#" SP kind SP station
kind     = "note" / "count" / "photo"
station  = 4*8( ALPHA / DIGIT )
body     = *( VCHAR / SP / LF )
section 1 [4.] Security Considerations
  paragraph Note files may reveal where rare species breed. Teams should share files that name sensitive stations only with people who need them.
back-matter:
section 1 [Appendix A.] Examples (appendix)
  paragraph This appendix shows records as a field team would write them.
  section 2 [A.1.] A Minimal Record
    paragraph The smallest useful record names a station and a kind:
    pre # note NW04
Two herons on the north bank at dawn.
section 1 [] Author's Address
  paragraph J. Smith, Example Labs (j.smith@example.org)
)x";

const char* const manual_outline = R"x(title: Tidewater Logger User Manual
author: Priya Raman
date: 2024-05-14 = 2024-05-14
language: en
front-matter:
section 1 [] Contents
  list none
    item []
      paragraph Getting Started
      list none
        item []
          paragraph Unpacking
        item []
          paragraph First Start
    item []
      paragraph Recording
      list none
        item []
          paragraph Schedules
          list none
            item []
              paragraph Daily Schedules
        item []
          paragraph Storage
    item []
      paragraph Troubleshooting
section 1 [] Getting Started
  paragraph The Tidewater logger records water level, temperature and salinity at intervals you choose. This chapter explains how to unpack the logger and start it for the first time.
  section 2 [] Unpacking
    paragraph The box contains:
    list none
      item [-]
        paragraph the logger, with its sensor cap fitted;
      item [-]
        paragraph a USB cable with a magnetic clip;
      item [-]
        paragraph a printed quick-start card.
    paragraph NOTE: Keep the sensor cap on until the logger is in the water.
  section 2 [] First Start
    list arabic 1
      item [1.]
        paragraph Connect the cable to the logger and to a computer. The status light turns blue.
        paragraph If the light stays off, charge the logger for an hour first.
      item [2.]
        paragraph Open the drive named TIDEWATER and edit the file settings.txt.
      item [3.]
        paragraph Disconnect the cable. Recording starts ten seconds later.
section 1 [] Recording
  paragraph Each recording session is described by three settings:
  list none
    item [-]
      paragraph Interval: how often a reading is taken. Intervals shorter than ten seconds drain the battery quickly, so use them only for short deployments.
      list none
        item [*]
          paragraph Fixed intervals repeat for the whole session.
        item [*]
          paragraph Tidal intervals follow the tide table that you load onto the logger, and change with the state of the tide:
          list none
            item [o]
              paragraph readings every minute for an hour either side of high water;
            item [o]
              paragraph readings every ten minutes at other times.
    item [-]
      paragraph Channels: which sensors are read.
    item [-]
      paragraph Storage: where readings are kept.
  section 2 [] Schedules
    paragraph A schedule tells the logger when to record. Without one, the logger records from the moment it is disconnected until its memory is full.
    section 3 [] Daily Schedules
      paragraph A daily schedule starts and stops recording at fixed times. Add a section like this one to settings.txt:
      pre [schedule]
start    = 06:00
stop     = 20:30
interval = 60s
      paragraph WARNING: A schedule that stops before it starts records nothing, and the logger does not warn you about it.
      section 4 [] Holidays
        paragraph Days listed under [holidays] are skipped entirely.
  section 2 [] Storage
    paragraph Readings are kept in internal memory, which holds about ninety days of readings at one-minute intervals. Copy them off the logger before each deployment.
section 1 [] Troubleshooting
  paragraph If the status light blinks red, the battery is nearly empty. If it blinks red and blue, the memory is full.
)x";

const char* const policy_outline = R"x(title: Riverside Community Garden Policy on Plots and Shared Tools
date: 3 March 2024 = 2024-03-03
language: en
front-matter:
section 1 [] CONTENTS
  list none
    item [I.]
      paragraph PLOTS
      list none
        item [A.]
          paragraph Allocation
        item [B.]
          paragraph Care of Plots
    item [II.]
      paragraph SHARED TOOLS
      list none
        item [A.]
          paragraph Borrowing
        item [B.]
          paragraph Repairs
section 1 [I.] PLOTS
  paragraph This part applies to the forty-two numbered plots and to the two raised beds by the gate.
  section 2 [A.] Allocation
    section 3 [1.] Who may apply
      paragraph Any resident of the district may apply for a plot. Applications are considered in the order received, except that:
      list arabic 1
        item [1.]
          paragraph applicants who lost a plot to the flood of 2023 come first; and
        item [2.]
          paragraph schools and care homes may each hold one plot without waiting.
    section 3 [2.] How plots are assigned
      paragraph The secretary keeps a waiting list. When a plot falls vacant, the secretary:
      list arabic 1
        item [1.]
          paragraph offers it to the first person on the list;
        item [2.]
          paragraph waits fourteen days for an answer; and
        item [3.]
          paragraph if there is none, offers it to the next person on the list.
    section 3 [3.] Leaving a plot
      paragraph A plot holder who wishes to leave should tell the secretary in writing by the end of September, so that the plot can be offered again before the winter digging.
  section 2 [B.] Care of Plots
    section 3 [1.] Upkeep
      paragraph A plot holder must:
      list latin-lower 1
        item [(a)]
          paragraph keep the paths beside the plot clear;
        item [(b)]
          paragraph remove weeds before they set seed, and in any case cut them back at least once a month from April to September; and
        item [(c)]
          paragraph use no chemical weed killer, except:
          list roman-lower 1
            item [i.]
              paragraph on the brick paths, by the committee only;
            item [ii.]
              paragraph against knotweed, with the committee's written consent.
    section 3 [2.] Inspections
      paragraph The committee walks the garden on the first Sunday of each month. A plot found neglected twice in a row is offered to the next person on the waiting list.
section 1 [II.] SHARED TOOLS
  section 2 [A.] Borrowing
    section 3 [1.] The tool shed
      paragraph Tools may be borrowed from the shed on any day the garden is open. A borrower must:
      list arabic 1
        item [1.]
          paragraph sign the book by the door, with the date and the tools taken;
        item [2.]
          paragraph return the tools clean, the same day.
  section 2 [B.] Repairs
    section 3 [1.] Reporting damage
      paragraph A tool that breaks in use is reported to the secretary, who arranges its repair. Nobody is charged for ordinary wear.
)x";

const char* const wordprocessor_outline = R"x(title: THE NORTHERN WETLANDS SURVEY
subtitle: Annual Report of the Field Programme
author: Marta Lindqvist
date: March 2023 = 2023-03
language: en
front-matter:
section 1 [] Contents
  list none
    item []
      paragraph Summary
    item [Chapter{NBSP}1]
      paragraph The Survey Area
    item [Chapter{NBSP}2.]
      paragraph Methods and Sources
    item [Chapter 3]
      paragraph Findings
section 1 [] Summary
  paragraph The survey of the northern wetlands continued for a third year under the Northern Wetlands Trust. Field teams visited all forty stations at least twice, and the number of breeding pairs of the common crane rose to thirty-one, the highest count since the programme began.
  paragraph Water levels were low in late summer, and two stations on the western meadows could not be reached in August. Their counts are estimated in Chapter 3 from the counts of the neighbouring stations.
section 1 [Chapter{NBSP}1] The Survey Area
  paragraph The survey area covers 212 square kilometres of fen, reed bed and open water between the Varna estuary and the forest edge to the north. It was first mapped in 1987 and has been surveyed every year since 2020, when the Northern Wetlands Trust took over the programme from the regional council.
  paragraph The area falls into three zones:
  list none
    item [•]
      paragraph Reed beds along the eastern shore, where most of the breeding birds nest.
    item [•]
      paragraph Open water in the centre, which freezes in most winters:
      list none
        item [–]
          paragraph the deep channel, up to 4 m;
        item [–]
          paragraph the shallow bays, rarely more than 1 m.
    item [•]
      paragraph Wet meadows to the west, grazed by cattle from June to September.
  paragraph Maps © 2023 Northern Wetlands Trust, reproduced with permission.
section 1 [Chapter{NBSP}2.] Methods and Sources
  paragraph Each station was visited by a team of two. The teams counted birds for thirty minutes, noted the water level against the station’s gauge and took a water sample for the laboratory. Counts were entered on the same day in the “field sheet” workbook, which the coordinator checked every Friday; where two counts at the same station disagreed by more than 20 %, the station was visited a third time and the median count was kept, following the practice of the two previous seasons.
  paragraph The laboratory measured conductivity, pH and dissolved oxygen. The standard deviation σ of the conductivity readings at one station never exceeded 4 % within a day.
  paragraph Older records were taken from the council’s archive.
section 1 [Chapter 3] Findings
  paragraph The number of breeding pairs of the common crane rose from twenty-four to thirty-one. Most of the new pairs nested in the reed beds of the eastern shore, where grazing was stopped in 2021.
  paragraph For the two stations that could not be reached in August, we took the mean of the counts at the three nearest stations; the team leaders agreed that this “borrowed” count is a fair estimate for a dry year.
)x";

const char* const toc_draft_outline = R"x(title: Counting Seabirds from Drone Images
author: A. Berg
date: 10 January 2024 = 2024-01-10
source: Network Working Group 
language: en
field: Internet-Draft = 
field: organization = Fjord Institute
field: Intended status = Experimental
field: Expires = 13 July 2024
field: document = draft-berg-seabird-counts-00
front-matter:
section 1 [] Abstract
  paragraph This document describes how volunteers count seabirds on drone images and how their counts are combined into one estimate per colony.
section 1 [] Table of Contents
  list none
    item [1]
      paragraph Introduction
    item [2]
      paragraph Image Collection
      list none
        item [2.1]
          paragraph Flights
        item [2.2]
          paragraph Image Formats Accepted from Volunteers and from the Survey Teams
    item [3]
      paragraph Results
    item [3]
      paragraph Discussion
    item [4]
      paragraph Conclusions
    item [Appendix A]
      paragraph Worked Example
      list none
        item [1]
          paragraph The Image
        item [2]
          paragraph The Counts
    item []
      paragraph Acknowledgements
section 1 [1.] Introduction
  paragraph Colonies of seabirds are counted from drone images because walking through a colony disturbs the birds. Counting tens of thousands of birds on a screen is slow, so the work is shared among volunteers.
section 1 [2.] Image Collection
  paragraph Images are collected by the survey teams during the breeding season.
  section 2 [2.1.] Flights
    paragraph Each colony is flown once in June, at an altitude of at least fifty metres.
  section 2 [2.2.] Image Formats Accepted from Volunteers and from the Survey Teams
    paragraph Volunteers may send images in any common format; the survey teams send raw images with their position recorded.
section 1 [3.] Results
  paragraph Counts from different volunteers agreed closely for gulls and less closely for terns.
section 1 [3.] Discussion
  paragraph Terns sit closer together than gulls, which makes it harder to tell one bird from the next on an image.
section 1 [4.] Conclusions
  paragraph Shared counting works well when every image is counted by at least three volunteers.
back-matter:
section 1 [Appendix A.] Worked Example (appendix)
  paragraph This appendix follows one image from collection to estimate.
  section 2 [1.] The Image
    paragraph The image shows part of a gull colony on a rocky island.
  section 2 [2.] The Counts
    paragraph Three volunteers counted 412, 398 and 405 birds; the estimate is their median, 405.
section 1 [] Acknowledgements
  paragraph The author thanks the volunteers who counted the images.
)x";

const char* const toc_paged_outline = R"x(title: Harbour Water Quality Study Final Report
language: en
front-matter:
section 1 [] CONTENTS
  list none
    item [1.]
      paragraph Background
      list none
        item [1.1]
          paragraph Earlier studies
        item [1.2]
          paragraph Scope
    item [2.]
      paragraph Sampling
      list none
        item [2.1]
          paragraph Sites
        item [2.2]
          paragraph Schedule
    item [3.]
      paragraph Results
      list none
        item [3.1]
          paragraph Nutrients
        item [3.2]
          paragraph Bacteria
    item [4.]
      paragraph Recommendations
section 1 [1.] Background
  list none
    item [1.1]
      paragraph Earlier studies
    item [1.2]
      paragraph Scope
  paragraph Water quality in the inner harbour has been measured since 1998, when the old sewage outfall was closed.
  section 2 [1.1] Earlier studies
    paragraph Two earlier studies, in 2004 and 2012, found that nitrate levels fell after the outfall closed but that bacteria counts after heavy rain stayed high.
  section 2 [1.2] Scope
    paragraph This study repeats the 2012 sampling at the same sites and adds two sites near the new marina.
section 1 [2.] Sampling
  list none
    item [2.1]
      paragraph Sites
    item [2.2]
      paragraph Schedule
  paragraph Samples were taken from a boat at half a metre below the surface.
  section 2 [2.1] Sites
    paragraph Twelve sites were sampled: the ten sites of 2012 and two near the marina.
  section 2 [2.2] Schedule
    paragraph Each site was sampled every second week from April to October, and within a day of every heavy rain.
section 1 [3.] Results
  section 2 [3.1] Nutrients
    paragraph Nitrate levels were lower than in 2012 at every site.
  section 2 [3.2] Bacteria
    paragraph Bacteria counts exceeded the bathing-water limit after four of the six heavy rains.
section 1 [4.] Recommendations
  paragraph The storm overflows that drain into the inner harbour should be fitted with storage tanks.
)x";

const char* const toc_before_title_outline = R"x(title: Notes on a Winter Bird Count
language: en
front-matter:
section 1 [] Contents
  list none
    item []
      paragraph Purpose
    item []
      paragraph Method
      list none
        item []
          paragraph Routes
        item []
          paragraph Weather
    item []
      paragraph Outcome
section 1 [] Purpose
  paragraph Every January, members of the club count the birds that winter in the valley. These notes record how the count is done, so that new members can join in.
section 1 [] Method
  paragraph The valley is divided into six routes, and each route is walked by two members on the same morning.
  section 2 [] Routes
    paragraph Each route is about eight kilometres long and follows public paths.
  section 2 [] Weather
    paragraph The count is moved to the next Saturday if snow covers the paths.
section 1 [] Outcome
  paragraph The totals are sent to the regional recorder by the end of February.
)x";

const char* const false_positives_outline = R"x(title: Survey Notes from the Lakeside Towns
language: en
section 1 [1.] Population
  paragraph 1.5 million people live within a day's drive of the lake, twice as many as when the first survey was made. In August the ratio of visitors to residents reaches 3.14159 to one, a figure that the guides like to quote.
  paragraph Of the early guidebooks, the best known is the one that A. Smith wrote in 1911; the museum keeps the only copy. The guides count only paying visitors, I. e. not the children under five who enter free. Some towns count differently, for example by tickets sold; see e.g. this year's report from Saltholm, which counts boat tickets.
section 1 [2.] Visitors
  paragraph 2023 was a year of record visitor numbers in every town except Saltholm, where the ferry was out of service for six weeks.
  paragraph I think the lake is at its best in October, when the crowds have gone and the beeches on the east shore turn.
  paragraph Visitors are counted at three gates and by the boat operators, who report to the Lake Office every Monday; the office publishes the totals on its noticeboard.
  paragraph Note
  paragraph The figures for Saltholm include the visitors who arrived by boat from the other towns.
section 1 [3.] Records
  paragraph Version 2.0 was the first release of the counting app; it replaced the paper tally sheets in 2021.
  pre Town        Visitors   Change
-------------------------------
Eastmere    412,000    +8 %
Lowbridge   233,500    +2 %
Saltholm     98,250    -4 %
  paragraph Rationale
  paragraph Numbers are rounded to the nearest 250, because the gate counters miss about that many visitors a season.
  paragraph ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
  paragraph The museum's catalogue marks rare items as **rare** and prints the titles of books as \fIThe Lake in Winter\fP, in the old typesetting codes. Its “Friends of the Lake” society, whose emblem is the Greek letter λ, raises about £3,000 a year.
)x";

// The fixtures that carry a table of contents of their own.
constexpr const char* fixtures_with_toc[] = {
    "rfc-memo.txt", "manual.txt", "policy.txt", "wordprocessor-export.txt",
    "toc-draft.txt", "toc-paged.txt", "toc-before-title.txt"};

}  // namespace

// ---------------------------------------------------------------------------
// Outlines

TEST_CASE("rfc-memo.txt: header block, front-matter sections, TOC, page furniture, figures, appendix") {
    const parse_result<report> result = parse_text(fixture("rfc-memo.txt"));
    REQUIRE(result);
    CHECK(testing::outline(*result, true, 0) == rfc_memo_outline);
    CHECK(numbering_of(*result) ==
          "[1.] arabic 1\n"
          "[1.1.] dotted-path 1\n"
          "[2.] arabic 2\n"
          "[2.1.] dotted-path 1\n"
          "[2.1.1.] dotted-path 1\n"
          "[2.1.2.] dotted-path 2\n"
          "[2.2.] dotted-path 2\n"
          "[3.] arabic 3\n"
          "[4.] arabic 4\n"
          "[Appendix A.] latin-upper 1\n"
          "[A.1.] dotted-path 1\n"
          "[] none 0\n");
}

TEST_CASE("rfc-memo.txt: every footer, running header and repair across a page is reported where it was") {
    const parse_result<report> result = parse_text(fixture("rfc-memo.txt"));
    CAPTURE(all_diagnostics(result));
    // Line 56 starts with the form feed, so the header's text starts in column 2.
    CHECK(diagnostics_of(result, furniture_codes) ==
          "29:1 page-footer\n"
          "31:1 page-header\n"
          "34:1 toc-page-numbers\n"
          "55:1 page-footer\n"
          "56:2 page-header\n"
          "59:4 joined-across-page\n"
          "83:1 page-footer\n"
          "85:1 page-header\n"
          "88:7 joined-across-page\n"
          "167:1 page-footer\n");
    CHECK(result.count(severity::warning) == 0);
    CHECK(result.count(severity::error) == 0);
}

TEST_CASE("manual.txt: underlined titles by first appearance, nested bullets, code, NOTE and WARNING") {
    const parse_result<report> result = parse_text(fixture("manual.txt"));
    REQUIRE(result);
    CHECK(testing::outline(*result, true, 0) == manual_outline);
    CAPTURE(all_diagnostics(result));
    CHECK(diagnostics_of(result, furniture_codes) == "");
    CHECK(result.count(severity::warning) == 0);
}

TEST_CASE("policy.txt: 1.-numbered lists inside 1.-numbered sections under A. under I.") {
    const parse_result<report> result = parse_text(fixture("policy.txt"));
    REQUIRE(result);
    CHECK(testing::outline(*result, true, 0) == policy_outline);
    CHECK(numbering_of(*result) ==
          "[I.] roman-upper 1\n"
          "[A.] latin-upper 1\n"
          "[1.] arabic 1\n"
          "[2.] arabic 2\n"
          "[3.] arabic 3\n"
          "[B.] latin-upper 2\n"
          "[1.] arabic 1\n"
          "[2.] arabic 2\n"
          "[II.] roman-upper 2\n"
          "[A.] latin-upper 1\n"
          "[1.] arabic 1\n"
          "[B.] latin-upper 2\n"
          "[1.] arabic 1\n");
    CAPTURE(all_diagnostics(result));
    CHECK(diagnostics_of(result, furniture_codes) == "");
    CHECK(result.count(severity::warning) == 0);
}

TEST_CASE("wordprocessor-export.txt: title page, unwrapped lines, tab indents, justified text, roman page numbers") {
    const parse_result<report> result = parse_text(fixture("wordprocessor-export.txt"));
    REQUIRE(result);
    CHECK(testing::outline(*result, true, 0) == with_nbsp(wordprocessor_outline));
    CHECK(numbering_of(*result) == with_nbsp("[Chapter{NBSP}1] arabic 1\n"
                                             "[Chapter{NBSP}2.] arabic 2\n"
                                             "[Chapter 3] arabic 3\n"));
    CAPTURE(all_diagnostics(result));
    CHECK(diagnostics_of(result, furniture_codes) ==
          "12:35 page-number\n"
          "14:1 toc-page-numbers\n"
          "20:35 page-number\n"
          "34:34 page-number\n");
    CHECK(result.count(severity::warning) == 0);
}

TEST_CASE("toc-draft.txt: Internet-Draft header, TOC without page numbers, wrapped entries, restart and repeat") {
    const parse_result<report> result = parse_text(fixture("toc-draft.txt"));
    REQUIRE(result);
    CHECK(testing::outline(*result, true, 0) == toc_draft_outline);
    CAPTURE(all_diagnostics(result));
    // Only the body's repeated "3." warns: the TOC repeats it as written, and the
    // appendix's own "1." "2." restart its numbering without a warning.
    CHECK(diagnostics_of(result, furniture_codes) == "56:1 numbering-repeated\n");
    CHECK(result.count(severity::warning) == 1);
}

TEST_CASE("toc-paged.txt: one TOC across a page break, roman page numbers, per-chapter TOCs") {
    const parse_result<report> result = parse_text(fixture("toc-paged.txt"));
    REQUIRE(result);
    CHECK(testing::outline(*result, true, 0) == toc_paged_outline);
    CAPTURE(all_diagnostics(result));
    CHECK(diagnostics_of(result, furniture_codes) ==
          "5:1 toc-page-numbers\n"
          "13:34 page-number\n"
          "21:34 page-number\n");
    CHECK(result.count(severity::warning) == 0);
}

TEST_CASE("toc-before-title.txt: an unnumbered TOC before the title, * and \" underlines") {
    const parse_result<report> result = parse_text(fixture("toc-before-title.txt"));
    REQUIRE(result);
    CHECK(testing::outline(*result, true, 0) == toc_before_title_outline);
    CAPTURE(all_diagnostics(result));
    CHECK(diagnostics_of(result, furniture_codes) == "");
    CHECK(result.count(severity::warning) == 0);
}

TEST_CASE("false-positives.txt: lines that only look like markers, rules and headings stay text") {
    const parse_result<report> result = parse_text(fixture("false-positives.txt"));
    REQUIRE(result);
    CHECK(testing::outline(*result, true, 0) == false_positives_outline);
    CAPTURE(all_diagnostics(result));
    CHECK(diagnostics_of(result, furniture_codes) == "");
    CHECK(result.count(severity::warning) == 0);
}

// ---------------------------------------------------------------------------
// The recovered outline against each fixture's own table of contents

TEST_CASE("the recovered outline matches each fixture's own table of contents") {
    for (const char* file : fixtures_with_toc) {
        const std::string name = file;
        CAPTURE(name);
        const parse_result<report> result = parse_text(fixture(file));
        REQUIRE(result);
        const std::vector<outline_entry> toc = toc_entries(*result);
        unsigned depth = 0;
        for (const outline_entry& e : toc) depth = std::max(depth, e.level);
        const std::vector<outline_entry> sections = section_entries(*result, depth);
        const toc_match m = match_toc(toc, sections);
        INFO("TOC entries:\n", describe(toc), "sections (to depth ", depth, "):\n", describe(sections));
        INFO("match ratio ", m.matched, "/", m.toc + m.unlisted, " = ", m.ratio(), " (", m.toc - m.matched,
             " TOC entries not found in order, ", m.unlisted, " sections the TOC does not list)");
        CHECK(!toc.empty());
        CHECK(m.matched == m.toc);
        CHECK(m.unlisted == 0);
    }
}

TEST_CASE("the TOC matcher itself: labels written differently match, a missing section does not") {
    const std::vector<outline_entry> toc = {{"1", "Introduction", 1, false}, {"1.1", "Scope", 2, false},
                                            {"Appendix A", "Data", 1, false}};
    std::vector<outline_entry> sections = {{"1.", "Introduction", 1, true}, {"1.1.", "Scope", 2, true},
                                           {"APPENDIX A:", "Data", 1, true}};
    toc_match m = match_toc(toc, sections);
    CHECK(m.matched == 3);
    CHECK(m.unlisted == 0);
    CHECK(m.ratio() == 1.0);

    sections.erase(sections.begin() + 1);
    sections.push_back({"B.", "Extra", 1, true});
    m = match_toc(toc, sections);
    CHECK(m.matched == 2);
    CHECK(m.unlisted == 1);
    CHECK(m.ratio() == doctest::Approx(0.5));
}

TEST_CASE("front matter: whole sentences under the title are text; a page repeats its title once at the end") {
    std::string input = "Title\n\n";
    for (int i = 1; i <= 14; ++i) input += "Sentence " + std::to_string(i) + " ends here.\n\n";
    const parse_result<report> sentences = parse_text(input);
    REQUIRE(sentences);
    CHECK(sentences->meta.title == "Title");
    CHECK(sentences->meta.extra.empty());
    CHECK(sentences->body.size() == 14);

    std::string same;
    for (int i = 0; i < 100; ++i) same += "Done.\n\n";
    const parse_result<report> done = parse_text(same);
    REQUIRE(done);
    CHECK(done->meta.title == "Done.");
    // The front block (12 lines at most) drops its repeats, the end of the body one echo; the rest is text.
    CHECK(done->body.size() == 100 - 12 - 1);
}

TEST_CASE("front matter: Key: value lines under the metadata line are fields; elsewhere they are text") {
    const parse_result<report> fields = parse_text(
        "Counting Seabirds\n"
        "Date: 10 January 2024 Author: A. Berg\n"
        "Internet-Draft:\n"
        "Intended status: Experimental\n"
        "\n"
        "Abstract\n"
        "\n"
        "   Status: this line is body text.\n");
    REQUIRE(fields);
    REQUIRE(fields->meta.extra.size() == 2);
    CHECK(fields->meta.extra[0].key == "Internet-Draft");
    CHECK(fields->meta.extra[0].value.empty());
    CHECK(fields->meta.extra[1].key == "Intended status");
    CHECK(fields->meta.extra[1].value == "Experimental");
    CHECK(testing::outline(*fields, false) ==
          "front-matter:\n"
          "section 1 [] Abstract\n"
          "  paragraph Status: this line is body text.\n");

    // Not under a metadata line, a keyed line is no field; nor with sentence punctuation in the key.
    const parse_result<report> byline = parse_text("Title\nPrepared for: the Board\n\nText of the report.\n");
    REQUIRE(byline);
    for (const metadata_field& f : byline->meta.extra) CHECK(f.key != "Prepared for");
    const parse_result<report> sentence = parse_text("Title\nDate: 2024-01-10\nNote, however: this is text\n\nBody.\n");
    REQUIRE(sentence);
    CHECK(sentence->meta.extra.empty());
}

TEST_CASE("tables of contents: an underlined Contents heading, entries wrapped where the document wraps") {
    std::string input =
        "Report\n\n"
        "Contents\n"
        "========\n\n"
        "   1  Introduction\n"
        "   2  Image Formats Accepted from\n"
        "      Volunteers\n\n";
    // The document wraps at 40 columns: "Volunteers" did not fit on the line above.
    for (const char* s : {"1. Introduction", "2. Image Formats Accepted from Volunteers"}) {
        input += std::string(s) + "\n\n";
        for (int i = 0; i < 3; ++i) input += "   The survey teams collect images during\n   the breeding season of the birds.\n\n";
    }
    const parse_result<report> result = parse_text(input);
    REQUIRE(result);
    const std::string dump = testing::outline(*result, false);
    CHECK(dump.substr(0, dump.find("section 1 [1.]")) ==
          "front-matter:\n"
          "section 1 [] Contents\n"
          "  list none\n"
          "    item [1]\n"
          "      paragraph Introduction\n"
          "    item [2]\n"
          "      paragraph Image Formats Accepted from Volunteers\n");
}

TEST_CASE("justified text: a run of spaces becomes one space wherever it stands in the line") {
    // Runs are found while the line is measured: eight ASCII bytes at a time, and
    // byte by byte around a non-ASCII character. The one run is put at every
    // offset of a word (across two words too), after ASCII and after a dash, in a
    // line of its own and in a wrapped second line.
    for (std::size_t offset = 0; offset < 18; ++offset) {
        for (const std::string before : {"w", "w\xE2\x80\x94"}) {
            CAPTURE(offset);
            CAPTURE(before);
            const std::string lead = before + std::string(offset, 'x');
            const std::string body = lead + "  one two three end.";
            const std::string collapsed = lead + " one two three end.\nparagraph The close.\n";
            const parse_result<report> result = parse_text("Title\n\n" + body + "\n\nThe close.\n");
            REQUIRE(result);
            CHECK(testing::outline(*result, false) == "paragraph " + collapsed);
            const std::string first = "The first line of a paragraph that the writer wrapped at a fixed column, and";
            const parse_result<report> wrapped = parse_text("Title\n\n" + first + "\n" + body + "\n\nThe close.\n");
            REQUIRE(wrapped);
            CHECK(testing::outline(*wrapped, false) == "paragraph " + first + " " + collapsed);
        }
    }
}

TEST_CASE("page chrome in ASCII: a breadcrumb of '>' and a QQ toolbar are found in English text too") {
    // Lines of ASCII skip the Chinese chrome detectors; these two are the ASCII
    // chrome they must still reach.
    const parse_result<report> result = parse_text(
        "Water Report\n\nHome > Reports > Water\n\nThe council reviewed the plan for the harbour.\n\n[QQ] [QQ]\n\n"
        "The end of the report.\n");
    REQUIRE(result);
    CHECK(testing::outline(*result) ==
          "title: Water Report\nlanguage: en\nfield: breadcrumb = Home > Reports > Water\n"
          "paragraph The council reviewed the plan for the harbour.\nparagraph The end of the report.\n");
    CHECK(diagnostics_of(result, {"page-chrome"}) == "3:1 page-chrome\n7:1 page-chrome\n");
}

TEST_CASE("an example after a lead-in keeps every line whole when its lines start at different columns") {
    // The figure's common indentation is the least of all its lines'. It was
    // once taken from the lines read before the figure test stopped early, and
    // the less indented last line lost its first two letters ("ega").
    const parse_result<report> result = parse_text(
        "Title\n\nThe configuration file takes one setting per line, and the reader keeps them in order.\n"
        "Each setting is a word, and the words are read from the top of the file to its end.\n"
        "A setting that appears twice keeps the value it was given last in the file.\n\n"
        "Add these lines to the file:\n\n"
        "        alpha beta gamma delta epsilon zeta eta\n"
        "        theta iota kappa lambda mu nu xi omicron\n"
        "        pi rho sigma tau upsilon phi chi psi\n"
        "      omega and the last words of the example\n\n"
        "The file is read again at the next start, and the settings take effect at once then.\n");
    REQUIRE(result);
    REQUIRE(result->body.size() == 4);
    const preformatted* figure = result->body[2].as<preformatted>();
    REQUIRE(figure);
    CHECK(figure->content ==
          "  alpha beta gamma delta epsilon zeta eta\n  theta iota kappa lambda mu nu xi omicron\n"
          "  pi rho sigma tau upsilon phi chi psi\nomega and the last words of the example");
}

TEST_CASE("a figure that starts with a line of prose is found by the signs of the lines below it, wherever they are") {
    // After a line of prose, the figure test asks once whether any line below
    // holds a +, a | or a box-drawing character, and stops if none does. Here
    // only the last line does, far from the first; repaired (invalid UTF-8),
    // its copy lies outside the input, and the lines are asked one by one.
    const std::string lines = "Readers who open the report find the measurements below.\n"
                              "station        depth        salinity\n"
                              "north          12           3.1\n"
                              "south          14           3.3\n";
    for (const std::string last : {"| east  | 9  | 2.9 |", "| east  | 9  | 2.9 \xFF|"}) {
        CAPTURE(last);
        const parse_result<report> result =
            parse_text("Title\n\nThe paragraph before the figure sets the indentation of the body text here.\n\n" + lines +
                       last + "\n\nThe paragraph after the figure ends the report of the measurements.\n");
        REQUIRE(result);
        REQUIRE(result->body.size() == 3);
        const preformatted* figure = result->body[1].as<preformatted>();
        REQUIRE(figure);
        const bool repaired = last.back() == '|' && last.find('\xFF') != std::string::npos;
        CHECK(figure->content == lines + (repaired ? "| east  | 9  | 2.9 \xEF\xBF\xBD|" : last));
    }
}

TEST_CASE("run-in headings ended by a question or exclamation mark keep it; a period stays the heading's punctuation") {
    // "? X" and "! X" end a first sentence as ". X" does; the mark is part of
    // the title's words, and the text writer puts the heading back as it was.
    const std::string input =
        "Field Notes\n\n1. Introduction\n\nThe survey began in 2019.\n\n"
        "2. Why count? Because the lake changes every year, the reeds move, and nobody else writes it down.\n\n"
        "3. Count now! The cranes leave in October and the reed beds close for the winter.\n\n"
        "4. Methods. Counts are made from the two hides at dawn.\n";
    const parse_result<report> result = parse_text(input);
    REQUIRE(result);
    CHECK(testing::outline(*result, false) ==
          "section 1 [1.] Introduction\n"
          "  paragraph The survey began in 2019.\n"
          "section 1 [2.] Why count? (run-in)\n"
          "  paragraph Because the lake changes every year, the reeds move, and nobody else writes it down.\n"
          "section 1 [3.] Count now! (run-in)\n"
          "  paragraph The cranes leave in October and the reed beds close for the winter.\n"
          "section 1 [4.] Methods (run-in)\n"
          "  paragraph Counts are made from the two hides at dawn.\n");
    CHECK(render_text(*result) ==
          "Field Notes\n\n1. Introduction\n\n   The survey began in 2019.\n\n"
          "2. Why count? Because the lake changes every year, the reeds move, and nobody else writes it down.\n\n"
          "3. Count now! The cranes leave in October and the reed beds close for the winter.\n\n"
          "4. Methods. Counts are made from the two hides at dawn.\n");
}
