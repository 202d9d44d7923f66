#include "hallsimulator.h"

#include "auditstore.h"
#include "branch/branch.h"
#include "branchstore.h"
#include "calendar/workingcalendar.h"
#include "cases/caseworkflow.h"
#include "cases/inquirybook.h"
#include "catalogue/catalogueupdate.h"
#include "core/clock.h"
#include "dailylogstore.h"
#include "database.h"
#include "dberror.h"
#include "feedback/complaintbook.h"
#include "feedback/feedbackerror.h"
#include "feedback/ratingbook.h"
#include "queue/hallwindows.h"
#include "queue/queuesettings.h"
#include "queue/ticketqueue.h"
#include "reports/dailylog.h"
#include "validation/mobilenumbervalidator.h"
#include "validation/residentidvalidator.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <numbers>
#include <queue>
#include <random>
#include <vector>

namespace
{
constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;

// Thrown to stop the run: an app-layer step refused what a real counter would have done.
struct Stop
{
    QString message;
};

// Uniform, normal, lognormal and Poisson draws from one std::mt19937_64, computed here rather
// than with <random>'s distributions so that a seed gives the same days with any standard
// library.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_engine(seed)
    {}
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double from, double to) { return from + (to - from) * uniform(); }
    // 0 .. n-1
    int below(qsizetype n)
    {
        return static_cast<int>(
            std::min<qsizetype>(n - 1, static_cast<qsizetype>(uniform() * static_cast<double>(n))));
    }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    // Around mean, with the spread sigma of the logarithm.
    double logNormal(double mean, double sigma)
    {
        return std::exp(std::log(mean) - sigma * sigma / 2 + sigma * normal());
    }
    double exponential(double rate) { return -std::log(1.0 - uniform()) / rate; }
    int poisson(double mean)
    {
        const double limit = std::exp(-mean);
        int k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }
    // An index drawn with the given weights (all >= 0, some > 0).
    int weighted(const std::vector<double> &weights)
    {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double x = uniform() * sum;
        for (size_t i = 0; i < weights.size(); ++i) {
            x -= weights[i];
            if (x < 0) {
                return static_cast<int>(i);
            }
        }
        return static_cast<int>(weights.size()) - 1;
    }
    template<typename T, size_t N> QString pick(const T (&list)[N])
    {
        return QString::fromUtf8(list[below(N)]);
    }

private:
    std::mt19937_64 m_engine;
};

// Invented people and their words (data, as in branch/demodata.cpp: the hall speaks Chinese).
const char *const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄",   "赵",   "吴",  "周",
                                 "徐", "孙", "马", "朱", "胡", "郭", "何",   "高",   "林",  "罗",
                                 "郑", "梁", "谢", "宋", "唐", "许", "韩",   "冯",   "邓",  "曹",
                                 "彭", "曾", "肖", "田", "董", "袁", "潘",   "于",   "蒋",  "蔡",
                                 "余", "杜", "叶", "程", "苏", "魏", "欧阳", "司马", "上官"};
const char *const kGivenNames[] = {
    "伟",   "芳",   "娜",   "敏",   "静",   "丽",   "强",   "磊",   "军",   "洋",   "勇",
    "艳",   "杰",   "娟",   "涛",   "明",   "超",   "秀英", "霞",   "平",   "刚",   "桂英",
    "建华", "文",   "华",   "红",   "玉兰", "志强", "晓东", "海燕", "佳怡", "子轩", "浩然",
    "欣怡", "梓涵", "宇航", "雨桐", "俊杰", "思远", "婷",   "建国", "淑珍", "国庆", "春梅"};
// Real county-level codes under province-level ones (GB/T 2260).
const char *const kRegions[] = {"110105", "110108", "310115", "310104", "440304", "440106",
                                "510107", "330106", "320102", "420106", "610113", "210102",
                                "370202", "350203", "430104", "500103", "120101", "130102",
                                "410105", "460106", "340104", "360102", "450103", "530102"};
const char *const kQuestions[] = {
    "保单贷款的利率今年是否有调整？",
    "异地就医的发票能否用于理赔？需要哪些补充材料？",
    "单位账户年检需要法人本人到场吗？",
    "阶梯电价的年度用电量从哪天开始计算？",
    "过户后原户主的预存水费如何处理？",
    "营业执照经营范围变更后，食品经营许可证是否需要同步变更？",
    "境外受益人领取生存金需要办理哪些公证手续？",
    "代发工资的手续费能否按月结算？",
};
const char *const kAnswers[] = {
    "已向总公司核实，按最新公布的标准执行，详见官网公告。",
    "经与业务部门确认，可以办理，请携带原件到任一网点。",
    "已请主管部门答复：需要补充一份说明材料，模板已短信发送。",
    "已核实：不需要本人到场，可由经办人持授权书办理。",
};
const char *const kComplaints[] = {
    "排队等候时间过长，高峰期只开了部分窗口。",
    "窗口人员解释不清，来回跑了两趟。",
    "取号机无法打印号票，现场无人引导。",
    "电话预约后到厅仍需重新排队。",
    "办理进度没有按承诺时间通知。",
    "工作人员态度生硬。",
};
const char *const kComplaintNotes[] = {
    "已联系客户了解情况，正在核实当班记录。",
    "已调取监控和叫号记录，待部门负责人确认。",
};
const char *const kComplaintAnswers[] = {
    "已向客户致歉并说明原因，高峰时段已增开窗口。",
    "已核实并对当事员工进行了培训，客户表示理解。",
    "设备已修复，已告知客户处理结果。",
};
const char *const kRectificationContacts[] = {
    "已电话回访客户，了解不满意原因。",
    "已短信联系客户，约定回电时间。",
};
const char *const kRectificationOutcomes[] = {
    "已对窗口人员进行服务规范培训，客户接受处理结果。",
    "已优化该业务的材料告知方式，回访客户满意。",
};
const char *const kRatingComments[] = {
    "办理很快，谢谢！", "工作人员很耐心。", "一次性告知很清楚。", "等候时间有点长。", "",
};
const char *const kExtensionReasons[] = {
    "需总公司复核，复核结果预计五个工作日内反馈。",
    "需向第三方机构调取材料，材料到达后继续办理。",
};
const char *const kInvalidReasons[] = {
    "证件已过有效期。",
    "复印件不清晰。",
    "签名与预留签名不一致。",
};

// How long a service takes at the counter, on average.
double meanServiceSeconds(const Service &s)
{
    switch (s.requestType) {
    case Service::RequestType::Consultation:
        return 200;
    case Service::RequestType::Business:
        return std::min(900.0,
                        150.0 + 40.0 * static_cast<double>(s.checklist.size() + s.forms.size()));
    case Service::RequestType::Repair:
        return 300;
    case Service::RequestType::Complaint:
        return 480;
    case Service::RequestType::Praise:
    case Service::RequestType::Suggestion:
    case Service::RequestType::Callback:
    case Service::RequestType::Reminder:
        break;
    }
    return 180;
}

// How often a service is asked for, before the seed's own variation: simple matters (payments,
// questions) far more often than registrations with long checklists.
double baseWeight(const Service &s)
{
    switch (s.requestType) {
    case Service::RequestType::Consultation:
        return 6;
    case Service::RequestType::Business: {
        const qsizetype items = s.checklist.size() + s.forms.size();
        return items <= 2 ? 6 : (items <= 5 ? 3 : 1.5);
    }
    case Service::RequestType::Repair:
        return 2;
    case Service::RequestType::Complaint:
        return 0.6;
    case Service::RequestType::Reminder:
    case Service::RequestType::Callback:
        return 0.8;
    case Service::RequestType::Praise:
    case Service::RequestType::Suggestion:
        break;
    }
    return 0.3;
}

// Arrivals over the opening hours (local hours, 9 to 17): a mid-morning peak around 10:00 and a
// smaller one around 14:30 over a steady trickle.
double arrivalShape(double hour)
{
    const auto hump = [](double h, double centre, double width) {
        return std::exp(-(h - centre) * (h - centre) / (2 * width * width));
    };
    return 0.35 + 1.0 * hump(hour, 10.0, 0.9) + 0.6 * hump(hour, 14.5, 0.9);
}

constexpr double OpenHour = 9.0;
constexpr double CloseHour = 17.0; // the last ticket; the windows serve everybody who waits
// A window calls, on average, this share of its opening hours (the peaks queue up).
constexpr double Utilisation = 0.66;
constexpr double NoShowRate = 0.03;
constexpr double LateRate = 0.05;
constexpr double PriorityRate = 0.06;
constexpr double CaseRate = 0.4;   // served customers of a service with a checklist
constexpr double NoticeRate = 0.2; // of those cases: something is missing
constexpr double ReturnRate = 0.6; // noticed customers who come back in the run
constexpr double RatedRate = 0.85;
constexpr double QuestionRate = 0.012;
constexpr double ComplaintsPerDay = 0.6;

struct Event
{
    qint64 atMs = 0;
    quint64 order = 0;
    std::function<void()> run;
};

struct Later
{
    bool operator()(const Event &a, const Event &b) const
    {
        return a.atMs != b.atMs ? a.atMs > b.atMs : a.order > b.order;
    }
};

struct Window
{
    WindowRow row;
    Session clerk;
    bool idle = true;
    qint64 idleSince = 0;
    qint64 lunchFrom = 0;
    qint64 lunchTo = 0;
    bool serves(const QString &service) const { return row.services.contains(service); }
};

// What the simulator knows about a ticket of the day.
struct TicketInfo
{
    QString token;
    QString service;
    qint64 returningCase = 0; // a customer back with what a notice asked for
    QString noticeNumber;
};

// One customer at the counter: the case opened (or resumed) while being served.
struct Visit
{
    qint64 caseId = 0;
    QList<int> missing; // positions still missing (a returning customer's case)
};

class Simulation
{
public:
    Simulation(Branch &branch, const Catalogue &catalogue, const HallSimulator::Options &options,
               const QList<QDate> &days)
        : m_branch(branch)
        , m_catalogue(catalogue)
        , m_options(options)
        , m_days(days)
        , m_rng(options.seed)
        , m_queue(branch)
        , m_cases(branch, catalogue)
        , m_ratings(branch)
        , m_complaints(branch)
        , m_inquiries(branch)
    {}

    // The windows the run will use: the branch's first ones, then new ones that call what an
    // existing one calls (or, in a hall with none, every service with a queue).
    QList<WindowRow> plannedWindows();
    // An empty string, or what the branch lacks for a run.
    QString readiness();
    int staff() const { return static_cast<int>(m_servers.size()); }
    void setUp();
    HallSimulator::Figures playDay(int index);

private:
    qint64 localMs(const QDate &day, int hour, int minute) const
    {
        return QDateTime(day, QTime(hour, minute), m_branch.timeZone()).toMSecsSinceEpoch();
    }
    qint64 hourMs(const QDate &day, double hour) const
    {
        return localMs(day, 0, 0) + static_cast<qint64>(hour * 3600.0 * 1000.0);
    }
    void at(qint64 ms, std::function<void()> run)
    {
        m_events.push({std::max(ms, m_now), m_order++, std::move(run)});
    }
    // On a later working day of the run (dropped when the run ends before it), at a random
    // time of its opening hours.
    void onDay(int index, double fromHour, double toHour, std::function<void()> run);
    void drain();

    static void expect(const TicketQueue::Result &r)
    {
        if (!r.ok()) {
            throw Stop{r.message};
        }
    }
    bool inLunch(const Window &w) const
    {
        return w.lunchFrom > 0 && m_now >= w.lunchFrom && m_now < w.lunchTo;
    }
    bool hasCallable(const Window &w) const;

    void arrive(const TicketInfo &info, Ticket::Group group);
    void windowFree(int wi);
    void attend(int wi, const Ticket &ticket);
    void planCase(int wi, const Ticket &ticket, const TicketInfo &info, qint64 start, qint64 end,
                  const std::shared_ptr<Visit> &visit);
    void rate(int wi, const QString &token);
    void afterAcceptance(qint64 caseId, const Session &owner, const QDate &due);
    void question(const Session &clerk);
    void complaint();

    CaseWorkflow::Person person();
    QString residentId();
    QString phone();
    Session sessionFor(const StaffRow &row, int window) const
    {
        return Session{row.id, row.login, row.displayName, row.role, window};
    }

    Branch &m_branch;
    const Catalogue &m_catalogue;
    HallSimulator::Options m_options;
    QList<QDate> m_days;
    Rng m_rng;
    TicketQueue m_queue;
    CaseWorkflow m_cases;
    RatingBook m_ratings;
    ComplaintBook m_complaints;
    InquiryBook m_inquiries;
    QString m_lang;
    int m_maxRecalls = 3;

    std::vector<StaffRow> m_servers; // clerks first, then managers
    std::optional<StaffRow> m_manager;
    std::optional<StaffRow> m_reception;
    std::vector<Window> m_windows;
    QStringList m_services; // the mix: what the windows call
    std::vector<double> m_weights;
    double m_ticketsPerDay = 0; // on an ordinary day

    std::priority_queue<Event, std::vector<Event>, Later> m_events;
    quint64 m_order = 0;
    qint64 m_now = 0;
    int m_index = 0;
    HallSimulator::Figures m_figures;
    std::map<QString, int> m_waiting; // service -> tickets waiting
    std::map<QString, TicketInfo> m_tickets;
    std::map<int, std::vector<std::function<void()>>> m_later;
    std::map<int, std::vector<TicketInfo>> m_returns;
};

QList<WindowRow> Simulation::plannedWindows()
{
    QList<WindowRow> existing = HallWindows(m_branch).all();
    std::sort(existing.begin(), existing.end(), [](const WindowRow &a, const WindowRow &b) {
        return a.number < b.number;
    });
    QStringList everything;
    for (const Service &s : m_catalogue.services()) {
        if (!s.queuePrefix.isNull()) {
            everything << s.code;
        }
    }
    QList<WindowRow> plan;
    int next = existing.isEmpty() ? 1 : existing.last().number + 1;
    for (int i = 0; i < m_options.windows; ++i) {
        if (i < existing.size()) {
            plan << existing.at(i);
            continue;
        }
        WindowRow w;
        w.number = next++;
        w.name = HallSimulator::tr("Window %1").arg(w.number);
        w.open = true;
        w.services = existing.isEmpty() ? everything : existing.at(i % existing.size()).services;
        plan << w;
    }
    return plan;
}

QString Simulation::readiness()
{
    BranchStore store(m_branch.database());
    std::vector<StaffRow> clerks;
    std::vector<StaffRow> managers;
    for (const StaffRow &s : store.staff()) {
        if (!s.active) {
            continue;
        }
        if (s.role == QLatin1String("clerk")) {
            clerks.push_back(s);
        } else if (s.role == QLatin1String("manager")) {
            managers.push_back(s);
        } else if (s.role == QLatin1String("reception") && !m_reception) {
            m_reception = s;
        }
    }
    if (!managers.empty()) {
        m_manager = managers.front();
    }
    m_servers = clerks;
    // A manager takes a window only when the clerks are too few.
    if (static_cast<int>(clerks.size()) < m_options.windows) {
        m_servers.insert(m_servers.end(), managers.begin(), managers.end());
    }
    if (m_servers.empty()) {
        return HallSimulator::tr("The branch has no active clerk or manager to staff the windows.");
    }
    if (m_options.sign && !m_manager) {
        return HallSimulator::tr("--sign needs an active manager to sign the daily logs.");
    }
    QSet<QString> seen;
    for (const WindowRow &w : plannedWindows()) {
        for (const QString &code : w.services) {
            const Service *s = m_catalogue.service(code);
            if (s && !s->queuePrefix.isNull() && !seen.contains(code)) {
                seen.insert(code);
                m_services << code;
            }
        }
    }
    if (m_services.isEmpty()) {
        return HallSimulator::tr("No service in the catalogue has a queue to take tickets for.");
    }
    return {};
}

void Simulation::setUp()
{
    m_lang = m_cases.documentLanguage();
    m_maxRecalls = QueueSettings::read(m_branch).maxRecalls;
    HallWindows windows(m_branch);
    const QString actor = QStringLiteral("simulate");
    for (const WindowRow &planned : plannedWindows()) {
        const auto current = windows.window(planned.number);
        QString problem;
        if (!current) {
            problem = windows.set(planned, actor);
        } else if (!current->open) {
            problem = windows.setOpen(planned.number, true, actor);
        }
        if (!problem.isEmpty()) {
            throw Stop{problem};
        }
        Window w;
        w.row = planned;
        w.row.open = true;
        m_windows.push_back(w);
    }
    // The crowd follows the window plan, as a hall's plan follows its crowd: each window brings
    // the customers of its own line (the sector of the first service it calls) and fewer of
    // the other services it helps with, as many as keep it about three-quarters busy. Each
    // service's popularity varies with the seed, as halls differ.
    std::vector<double> jitter;
    for (qsizetype i = 0; i < m_services.size(); ++i) {
        jitter.push_back(m_rng.logNormal(1.0, 0.35));
    }
    m_weights.assign(static_cast<size_t>(m_services.size()), 0.0);
    const double openHours = CloseHour - OpenHour - (m_windows.size() > 1 ? 0.75 : 0.0);
    for (const Window &w : m_windows) {
        QString primary;
        std::vector<std::pair<qsizetype, double>> own; // index into m_services, weight
        double sum = 0;
        double seconds = 0;
        for (const QString &code : w.row.services) {
            const qsizetype i = m_services.indexOf(code);
            if (i < 0) {
                continue;
            }
            const Service &s = *m_catalogue.service(code);
            if (primary.isEmpty()) {
                primary = s.sector;
            }
            const double weight =
                baseWeight(s) * jitter[static_cast<size_t>(i)] * (s.sector == primary ? 1.0 : 0.25);
            own.emplace_back(i, weight);
            sum += weight;
            seconds += weight * meanServiceSeconds(s);
        }
        if (own.empty()) {
            continue;
        }
        // 75 s a customer besides the service: walking up, the call, the farewell.
        const double expected = Utilisation * openHours * 3600.0 / (seconds / sum + 75.0);
        m_ticketsPerDay += expected;
        for (const auto &[i, weight] : own) {
            m_weights[static_cast<size_t>(i)] += expected * weight / sum;
        }
    }
}

bool Simulation::hasCallable(const Window &w) const
{
    for (const QString &s : w.row.services) {
        const auto it = m_waiting.find(s);
        if (it != m_waiting.end() && it->second > 0) {
            return true;
        }
    }
    return false;
}

void Simulation::onDay(int index, double fromHour, double toHour, std::function<void()> run)
{
    if (index >= static_cast<int>(m_days.size())) {
        return;
    }
    m_later[index].push_back([this, index, fromHour, toHour, run = std::move(run)] {
        at(hourMs(m_days.at(index), m_rng.uniform(fromHour, toHour)), run);
    });
}

void Simulation::drain()
{
    while (!m_events.empty()) {
        Event e = m_events.top();
        m_events.pop();
        m_now = e.atMs;
        Clock::setTestNow(QDateTime::fromMSecsSinceEpoch(m_now, QTimeZone::utc()));
        e.run();
    }
}

HallSimulator::Figures Simulation::playDay(int index)
{
    m_index = index;
    const QDate day = m_days.at(index);
    m_figures = HallSimulator::Figures();
    m_figures.day = day;
    m_waiting.clear();
    m_tickets.clear();
    m_now = localMs(day, 8, 40);

    // The hall's staff of the day: the clerks take turns at the windows.
    const auto servers = static_cast<int>(m_servers.size());
    for (int i = 0; i < static_cast<int>(m_windows.size()); ++i) {
        Window &w = m_windows[static_cast<size_t>(i)];
        w.clerk = sessionFor(m_servers[static_cast<size_t>((i + index) % servers)], w.row.number);
        w.idle = false;
        w.idleSince = 0;
        // Lunch in two shifts, so that half the windows stay open; a lone window stays open.
        w.lunchFrom = m_windows.size() > 1 ? localMs(day, 11, 30) + (i % 2) * 50 * Minute : 0;
        w.lunchTo = w.lunchFrom > 0 ? w.lunchFrom + 45 * Minute : 0;
        at(localMs(day, 9, 0), [this, i] {
            windowFree(i);
        });
        if (w.lunchTo > 0) {
            at(w.lunchTo, [this, i] {
                if (m_windows[static_cast<size_t>(i)].idle) {
                    windowFree(i);
                }
            });
        }
    }
    if (m_manager) {
        at(localMs(day, 8, 45), [this] {
            DailyLog(m_branch).recordIncident(
                sessionFor(*m_manager, 0), QStringLiteral("note"),
                HallSimulator::tr("Simulated day: these records were made by counterdesk-cli "
                                  "simulate (seed %1); they are not real customers.")
                    .arg(m_options.seed));
        });
    }
    // What earlier days left for today: answers, cases moving on, complaints closing.
    for (auto &run : m_later[index]) {
        run();
    }
    m_later.erase(index);

    // Today's crowd: busier on Mondays, quieter midweek, and some noise.
    static const double weekday[] = {1.12, 1.0, 0.96, 1.0, 1.05, 0.9, 0.9};
    const double expected =
        m_ticketsPerDay * weekday[day.dayOfWeek() - 1] * m_rng.logNormal(1.0, 0.08);
    double integral = 0;
    double peak = 0;
    for (double h = OpenHour; h < CloseHour; h += 1.0 / 60) {
        integral += arrivalShape(h) / 60;
        peak = std::max(peak, arrivalShape(h));
    }
    const double peakRate = expected * peak / integral; // per hour
    for (double h = OpenHour + m_rng.exponential(peakRate); h < CloseHour;
         h += m_rng.exponential(peakRate)) {
        if (!m_rng.chance(arrivalShape(h) / peak)) {
            continue;
        }
        TicketInfo info;
        info.service = m_services.at(m_rng.weighted(m_weights));
        Ticket::Group group = Ticket::Group::None;
        if (m_rng.chance(PriorityRate)) {
            static const Ticket::Group groups[] = {Ticket::Group::Elderly,  Ticket::Group::Elderly,
                                                   Ticket::Group::Elderly,  Ticket::Group::Disabled,
                                                   Ticket::Group::Pregnant, Ticket::Group::Child};
            group = groups[m_rng.below(std::size(groups))];
        }
        at(hourMs(day, h), [this, info, group] {
            arrive(info, group);
        });
    }
    for (const TicketInfo &back : m_returns[index]) {
        at(hourMs(day, m_rng.uniform(9.25, 16.0)), [this, back] {
            arrive(back, Ticket::Group::None);
        });
    }
    m_returns.erase(index);
    for (int n = m_rng.poisson(ComplaintsPerDay); n > 0; --n) {
        at(hourMs(day, m_rng.uniform(9.5, 16.5)), [this] {
            complaint();
        });
    }
    drain();

    if (m_options.sign) {
        at(localMs(day, 18, 30), [this, day] {
            DailyLog(m_branch, &m_catalogue)
                .sign(sessionFor(*m_manager, 0), day,
                      HallSimulator::tr("Simulated day (counterdesk-cli simulate, seed %1).")
                          .arg(m_options.seed));
            m_figures.signedLog = true;
        });
        drain();
    }
    return m_figures;
}

void Simulation::arrive(const TicketInfo &info, Ticket::Group group)
{
    TicketQueue::IssueRequest request;
    request.serviceCode = info.service;
    request.group = group;
    // Reception marks priority groups; everybody else takes a ticket at the kiosk.
    const QString actor =
        group != Ticket::Group::None && m_reception ? m_reception->login : QStringLiteral("kiosk");
    const TicketQueue::Result r = m_queue.issue(request, actor);
    expect(r);
    ++m_figures.tickets;
    TicketInfo kept = info;
    kept.token = r.ticket.token;
    m_tickets[r.ticket.number] = kept;
    ++m_waiting[info.service];
    // The window that has waited longest takes the newcomer.
    int best = -1;
    for (int i = 0; i < static_cast<int>(m_windows.size()); ++i) {
        const Window &w = m_windows[static_cast<size_t>(i)];
        if (w.idle && !inLunch(w) && w.serves(info.service)
            && (best < 0 || w.idleSince < m_windows[static_cast<size_t>(best)].idleSince)) {
            best = i;
        }
    }
    if (best >= 0) {
        windowFree(best);
    }
}

// The window is free now: it calls the next customer, or waits for one.
void Simulation::windowFree(int wi)
{
    Window &w = m_windows[static_cast<size_t>(wi)];
    if (inLunch(w)) {
        w.idle = false;
        at(w.lunchTo, [this, wi] {
            windowFree(wi);
        });
        return;
    }
    if (!hasCallable(w)) {
        w.idle = true;
        w.idleSince = m_now;
        return;
    }
    w.idle = false;
    const TicketQueue::Result r = m_queue.callNext(w.row.number, w.clerk.login);
    if (r.status == TicketQueue::Status::Empty) {
        w.idle = true;
        w.idleSince = m_now;
        return;
    }
    expect(r);
    --m_waiting[r.ticket.serviceCode];
    attend(wi, r.ticket);
}

void Simulation::attend(int wi, const Ticket &ticket)
{
    const Window &w = m_windows[static_cast<size_t>(wi)];
    const int window = w.row.number;
    const QString login = w.clerk.login;
    const TicketInfo info = m_tickets[ticket.number];
    const qint64 called = m_now;
    if (info.returningCase == 0 && m_rng.chance(NoShowRate)) {
        for (int k = 1; k <= m_maxRecalls; ++k) {
            at(called + k * 45 * Second, [this, window, login] {
                expect(m_queue.recall(window, login));
            });
        }
        at(called + (m_maxRecalls + 1) * 45 * Second, [this, wi, window, login] {
            expect(m_queue.noShow(window, login));
            ++m_figures.noShows;
            at(m_now + static_cast<qint64>(m_rng.uniform(5, 20) * Second), [this, wi] {
                windowFree(wi);
            });
        });
        return;
    }
    qint64 start = called;
    if (m_rng.chance(LateRate)) { // did not hear the first call
        start += 45 * Second;
        at(start, [this, window, login] {
            expect(m_queue.recall(window, login));
        });
    }
    start += static_cast<qint64>(m_rng.uniform(15, 60) * Second);
    const Service &service = *m_catalogue.service(ticket.serviceCode);
    const double mean = meanServiceSeconds(service);
    qint64 duration =
        static_cast<qint64>(std::clamp(m_rng.logNormal(mean, 0.45), 45.0, 4 * mean) * Second);
    at(start, [this, window, login] {
        expect(m_queue.startServing(window, login));
    });
    auto visit = std::make_shared<Visit>();
    const qsizetype items = service.checklist.size() + service.forms.size();
    // The checklist needs its time: 30 s to open the case, 20 s an item, 20 s to conclude.
    duration = std::max<qint64>(duration, (30 + 20 * (items + 1) + 40) * Second);
    const qint64 end = start + duration;
    planCase(wi, ticket, info, start, end, visit);
    if (m_rng.chance(QuestionRate)) {
        const Session clerk = w.clerk;
        at(end - 10 * Second, [this, clerk] {
            question(clerk);
        });
    }
    at(end, [this, wi, window, login, token = info.token] {
        expect(m_queue.finish(window, login));
        ++m_figures.served;
        rate(wi, token);
        at(m_now + static_cast<qint64>(m_rng.uniform(15, 45) * Second), [this, wi] {
            windowFree(wi);
        });
    });
}

void Simulation::planCase(int wi, const Ticket &ticket, const TicketInfo &info, qint64 start,
                          qint64 end, const std::shared_ptr<Visit> &visit)
{
    const Session clerk = m_windows[static_cast<size_t>(wi)].clerk;
    const Service &service = *m_catalogue.service(ticket.serviceCode);
    if (info.returningCase > 0) {
        // Back with what the notice asked for: the case resumes where it was left.
        const auto row = m_cases.find(info.returningCase);
        if (!row || row->state != QLatin1String("awaiting_documents")) {
            return;
        }
        for (const CaseItemRow &item : row->items) {
            if (item.status != QLatin1String("received")) {
                visit->missing << item.position;
            }
        }
        const QString notice = info.noticeNumber;
        at(start + 30 * Second, [this, clerk, notice, visit] {
            visit->caseId = m_cases.resume(clerk, notice);
        });
        qint64 t = start + 30 * Second;
        for (int position : std::as_const(visit->missing)) {
            t += 20 * Second;
            at(t, [this, clerk, position, visit] {
                m_cases.markItem(clerk, visit->caseId, position, QStringLiteral("received"));
            });
        }
        at(end - 20 * Second, [this, clerk, visit] {
            const CaseWorkflow::Outcome out = m_cases.accept(clerk, visit->caseId, m_lang);
            ++m_figures.accepted;
            afterAcceptance(visit->caseId, clerk, out.due);
        });
        return;
    }
    if (service.requestType != Service::RequestType::Business
        || (service.checklist.isEmpty() && service.forms.isEmpty()) || !m_rng.chance(CaseRate)) {
        return;
    }
    // The answers to the checklist's questions (agent? company? ...), now and then yes.
    QSet<QString> conditions;
    std::optional<CaseWorkflow::Person> agent;
    QStringList asked;
    for (const ChecklistItem &item : service.checklist) {
        if (!item.condition.isEmpty() && !asked.contains(item.condition)) {
            asked << item.condition;
        }
    }
    for (const QString &c : std::as_const(asked)) {
        if (m_rng.chance(c == QLatin1String("company") ? 0.3 : 0.1)) {
            conditions.insert(c);
        }
    }
    if (conditions.contains(QStringLiteral("agent"))) {
        agent = person();
    }
    const CaseWorkflow::Person customer = person();
    const int items = static_cast<int>(m_catalogue.checklistFor(service, conditions).size()
                                       + service.forms.size());
    if (items == 0) {
        return;
    }
    const bool notice = m_rng.chance(NoticeRate);
    QMap<int, QString> marks; // position -> status
    for (int p = 1; p <= items; ++p) {
        marks.insert(p, QStringLiteral("received"));
    }
    QString invalidReason;
    if (notice) {
        const int missing = 1 + (items > 3 && m_rng.chance(0.3) ? 1 : 0);
        for (int k = 0; k < missing; ++k) {
            marks[1 + m_rng.below(items)] = QStringLiteral("missing");
        }
        if (m_rng.chance(0.15)) {
            const int p = 1 + m_rng.below(items);
            marks[p] = QStringLiteral("invalid");
            invalidReason = m_rng.pick(kInvalidReasons);
        }
    }
    const QString serviceCode = service.code;
    const QString number = ticket.number;
    at(start + 30 * Second, [this, clerk, serviceCode, customer, conditions, agent, number, visit] {
        visit->caseId = m_cases.open(clerk, serviceCode, customer, conditions, agent, number);
        ++m_figures.casesOpened;
    });
    // Mark the items across the service, the last one 20 s before the outcome.
    const qint64 step = std::max<qint64>(Second, (end - start - 70 * Second) / (items + 1));
    qint64 t = start + 30 * Second;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        t += step;
        const int position = it.key();
        const QString status = it.value();
        const QString reason = status == QLatin1String("invalid") ? invalidReason : QString();
        at(t, [this, clerk, position, status, reason, visit] {
            m_cases.markItem(clerk, visit->caseId, position, status, reason);
        });
    }
    at(end - 20 * Second, [this, clerk, notice, serviceCode, visit] {
        if (!notice) {
            const CaseWorkflow::Outcome out = m_cases.accept(clerk, visit->caseId, m_lang);
            ++m_figures.accepted;
            afterAcceptance(visit->caseId, clerk, out.due);
            return;
        }
        const CaseWorkflow::Outcome out = m_cases.giveNotice(clerk, visit->caseId, m_lang);
        ++m_figures.notices;
        if (m_rng.chance(ReturnRate)) {
            TicketInfo back;
            back.service = serviceCode;
            back.returningCase = visit->caseId;
            back.noticeNumber = out.number;
            m_returns[m_index + 1 + m_rng.below(5)].push_back(back);
        }
    });
}

// Most customers rate: on the counter's pad at once, or later on the phone page.
void Simulation::rate(int wi, const QString &token)
{
    if (!m_rng.chance(RatedRate)) {
        return;
    }
    RatingBook::Input input;
    const double x = m_rng.uniform();
    input.level = x < 0.70 ? 5 : (x < 0.92 ? 4 : (x < 0.98 ? 3 : (x < 0.994 ? 2 : 1)));
    if (m_rng.chance(0.3)) {
        input.efficiency = std::clamp(input.level + m_rng.below(3) - 1, 1, 5);
        input.attitude = std::clamp(input.level + m_rng.below(3) - 1, 1, 5);
        input.professionalism = input.level;
        input.environment = std::clamp(input.level + m_rng.below(3) - 1, 1, 5);
    }
    if (m_rng.chance(0.1) || RatingBook::isBad(input.level)) {
        input.comment =
            RatingBook::isBad(input.level) ? m_rng.pick(kComplaints) : m_rng.pick(kRatingComments);
    }
    const int window = m_windows[static_cast<size_t>(wi)].row.number;
    const bool pad = m_rng.chance(0.4);
    const qint64 when =
        m_now + (pad ? 8 * Second : static_cast<qint64>(m_rng.uniform(1, 25) * Minute));
    at(when, [this, pad, window, token, input] {
        const RatingBook::Result r =
            pad ? m_ratings.rateAtWindow(window, input) : m_ratings.rateByToken(token, input);
        if (!r.ok()) {
            throw Stop{r.message};
        }
        ++m_figures.ratings;
        if (!RatingBook::isBad(input.level)) {
            return;
        }
        ++m_figures.badRatings;
        const qint64 id = r.rectificationId;
        if (id > 0 && m_manager && m_rng.chance(0.7)) {
            const Session manager = sessionFor(*m_manager, 0);
            onDay(m_index + 1 + m_rng.below(4), 9.5, 15.5, [this, manager, id] {
                m_ratings.recordContact(manager, id, m_rng.pick(kRectificationContacts));
                at(m_now + 10 * Minute, [this, manager, id] {
                    m_ratings.closeRectification(manager, id, m_rng.pick(kRectificationOutcomes));
                });
            });
        }
    });
}

// An accepted case moves on over the next days: processing, then ready by its due date (a few
// late, a few extended with a reason), collected by the customer and closed. A few are
// forgotten in the back office and become overdue.
void Simulation::afterAcceptance(qint64 caseId, const Session &owner, const QDate &due)
{
    const double x = m_rng.uniform();
    if (x < 0.03) {
        return;
    }
    const int processing = m_index + 1;
    // The first day of the run on or after the due date (past the run's end when later).
    const int dueIndex = std::max<int>(
        processing,
        static_cast<int>(std::lower_bound(m_days.cbegin(), m_days.cend(), due) - m_days.cbegin()));
    onDay(processing, 9.0, 11.5, [this, owner, caseId] {
        m_cases.advance(owner, caseId, QStringLiteral("processing"));
    });
    int ready = processing + m_rng.below(dueIndex - processing + 1);
    if (x < 0.06) { // the limit cannot be met: the customer is told why and the new date
        const QDate later = WorkingCalendar::builtIn().addWorkingDays(due, 5).date;
        onDay(dueIndex, 11.6, 12.5, [this, owner, caseId, later] {
            m_cases.extend(owner, caseId, later, m_rng.pick(kExtensionReasons));
            ++m_figures.extended;
        });
        ready = dueIndex + 2 + m_rng.below(3);
    } else if (x < 0.09) { // late
        ready = dueIndex + 1 + m_rng.below(3);
    }
    onDay(ready, 12.6, 16.0, [this, owner, caseId] {
        m_cases.advance(owner, caseId, QStringLiteral("ready"));
        ++m_figures.ready;
    });
    if (!m_rng.chance(0.9)) {
        return; // not collected yet
    }
    const bool closes = m_rng.chance(0.95);
    onDay(ready + 1 + m_rng.below(4), 9.5, 16.5, [this, owner, caseId, closes] {
        m_cases.advance(owner, caseId, QStringLiteral("collected"));
        if (closes) {
            at(m_now + 5 * Minute, [this, owner, caseId] {
                m_cases.advance(owner, caseId, QStringLiteral("closed"));
                ++m_figures.closedCases;
            });
        }
    });
}

// A question the clerk cannot answer at once (首问负责制): answered within a working day,
// now and then late.
void Simulation::question(const Session &clerk)
{
    const CaseWorkflow::Person who = person();
    const InquiryRow row = m_inquiries.record(clerk, m_rng.pick(kQuestions), who.name,
                                              m_rng.chance(0.8) ? who.phone : QString());
    ++m_figures.questions;
    const qint64 id = row.id;
    const auto answer = [this, clerk, id] {
        m_inquiries.answer(clerk, id, m_rng.pick(kAnswers));
        ++m_figures.answers;
    };
    const double x = m_rng.uniform();
    if (x < 0.25 && m_now < localMs(m_days.at(m_index), 16, 0)) {
        at(m_now + static_cast<qint64>(m_rng.uniform(30, 90) * Minute), answer);
    } else {
        onDay(m_index + (x < 0.9 ? 1 : 2 + m_rng.below(2)), 9.0, 16.0, answer);
    }
}

// 投诉 by any channel; the manager answers most within the ten working days.
void Simulation::complaint()
{
    static const char *const channels[] = {"phone",   "phone",  "counter",
                                           "counter", "online", "letter"};
    ComplaintBook::Input input;
    input.channel = QString::fromLatin1(channels[m_rng.below(std::size(channels))]);
    const CaseWorkflow::Person who = person();
    input.complainant = who.name;
    input.phone = m_rng.chance(0.8) ? who.phone : QString();
    input.matter = m_rng.pick(kComplaints);
    if (m_rng.chance(0.4)) {
        input.staffConcerned = m_servers[static_cast<size_t>(m_rng.below(m_servers.size()))].login;
    }
    if (m_rng.chance(0.5)) {
        input.serviceCode = m_services.at(m_rng.below(m_services.size()));
    }
    const Session taker = input.channel == QLatin1String("counter") || !m_manager
                              ? m_windows[static_cast<size_t>(m_rng.below(m_windows.size()))].clerk
                              : sessionFor(*m_manager, 0);
    const ComplaintRow row = m_complaints.record(taker, input);
    ++m_figures.complaints;
    if (!m_manager || !m_rng.chance(0.8)) {
        return;
    }
    const qint64 id = row.id;
    const Session manager = sessionFor(*m_manager, 0);
    const int closing = m_index + 1 + m_rng.below(7);
    if (m_rng.chance(0.5)) {
        onDay(closing, 9.0, 11.0, [this, taker, id] {
            m_complaints.note(taker, id, m_rng.pick(kComplaintNotes));
        });
    }
    const QString via = !row.phone.isEmpty() ? QStringLiteral("phone")
                                             : (m_rng.chance(0.5) ? QStringLiteral("in_person")
                                                                  : QStringLiteral("letter"));
    onDay(closing, 11.5, 16.5, [this, manager, id, via] {
        m_complaints.close(manager, id, m_rng.pick(kComplaintAnswers), via);
        ++m_figures.complaintsClosed;
    });
}

CaseWorkflow::Person Simulation::person()
{
    CaseWorkflow::Person p;
    p.name = m_rng.pick(kSurnames) + m_rng.pick(kGivenNames);
    p.idType = QStringLiteral("resident");
    p.idNumber = residentId();
    p.phone = phone();
    return p;
}

// A resident identity number that passes GB 11643: a real region, an adult's birth date, the
// MOD 11-2 check character. Invented, as the demo's customers are.
QString Simulation::residentId()
{
    for (;;) {
        const QDate birth = QDate(1950, 1, 1).addDays(m_rng.below(365 * 54));
        QString first17 = QString::fromLatin1(kRegions[m_rng.below(std::size(kRegions))])
                          + birth.toString(QStringLiteral("yyyyMMdd"))
                          + QStringLiteral("%1").arg(1 + m_rng.below(999), 3, 10, QLatin1Char('0'));
        const QString id = first17 + ResidentIdValidator::checkCharacter(first17);
        if (ResidentIdValidator::validate(id).valid) {
            return id;
        }
    }
}

// A mainland mobile number (1[3-9] and nine digits) under a prefix the carriers really use.
QString Simulation::phone()
{
    static const int prefixes[] = {130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 147, 150,
                                   151, 152, 153, 155, 156, 157, 158, 159, 166, 173, 175, 176,
                                   177, 178, 180, 181, 182, 183, 185, 186, 187, 188, 189, 199};
    for (;;) {
        QString number = QString::number(prefixes[m_rng.below(std::size(prefixes))]);
        for (int i = 0; i < 8; ++i) {
            number += QString::number(m_rng.below(10));
        }
        if (MobileNumberValidator::validate(number).valid) {
            return number;
        }
    }
}

// Puts the clock back as the run found it, however the run ends.
class ClockGuard
{
public:
    ClockGuard()
        : m_saved(Clock::testNow())
    {}
    ~ClockGuard() { Clock::setTestNow(m_saved); }
    ClockGuard(const ClockGuard &) = delete;
    ClockGuard &operator=(const ClockGuard &) = delete;

private:
    QDateTime m_saved;
};
} // namespace

void HallSimulator::Figures::add(const Figures &o)
{
    tickets += o.tickets;
    served += o.served;
    noShows += o.noShows;
    casesOpened += o.casesOpened;
    accepted += o.accepted;
    notices += o.notices;
    extended += o.extended;
    ready += o.ready;
    closedCases += o.closedCases;
    ratings += o.ratings;
    badRatings += o.badRatings;
    complaints += o.complaints;
    complaintsClosed += o.complaintsClosed;
    questions += o.questions;
    answers += o.answers;
}

HallSimulator::HallSimulator(Branch &branch)
    : m_branch(branch)
{}

QList<QDate> HallSimulator::workingDays(const QDate &from, int days)
{
    QList<QDate> list;
    for (int i = 0; i < days; ++i) {
        const QDate d = from.addDays(i);
        if (WorkingCalendar::builtIn().isWorkingDay(d)) {
            list << d;
        }
    }
    return list;
}

QString HallSimulator::checkOptions(const Options &o, const QDate &today)
{
    if (!o.from.isValid()) {
        return tr("Give the first day as YYYY-MM-DD.");
    }
    if (o.days < 1 || o.days > MaxDays) {
        return tr("--days must be from 1 to %1.").arg(MaxDays);
    }
    if (o.windows < 1 || o.windows > MaxWindows) {
        return tr("--windows must be from 1 to %1.").arg(MaxWindows);
    }
    const QList<QDate> days = workingDays(o.from, o.days);
    if (!days.isEmpty() && days.last() >= today) {
        return tr("Only days before today (%1) can be simulated; %2 is not.")
            .arg(today.toString(Qt::ISODate), days.last().toString(Qt::ISODate));
    }
    return {};
}

QString HallSimulator::check(const Options &o)
{
    const QString problem = checkOptions(o, m_branch.businessDay(Clock::nowUtc()));
    if (!problem.isEmpty()) {
        return problem;
    }
    const auto catalogue = CatalogueUpdate::current(m_branch);
    if (!catalogue) {
        return tr("The branch has no service catalogue yet: import head office's first.");
    }
    const QList<QDate> days = workingDays(o.from, o.days);
    if (days.isEmpty()) {
        return {};
    }
    // The audit chain's business days never go back: an entry made for an earlier day would
    // be filed under the chain's last day, and that day's log would count it.
    const auto last = AuditStore(m_branch.database()).last();
    if (last && last->businessDay > days.first().toString(Qt::ISODate)) {
        return tr("The branch's records already reach %1, so %2 cannot be simulated any more: "
                  "the audit chain never goes back to an earlier day. Simulate from %1 on, or "
                  "on a new branch (--init-demo).")
            .arg(last->businessDay, days.first().toString(Qt::ISODate));
    }
    DailyLogStore logs(m_branch.database());
    for (const QDate &d : days) {
        const QString day = d.toString(Qt::ISODate);
        if (!logs.tickets(day).isEmpty()) {
            return tr("%1 already has tickets: the simulator never mixes with real records. "
                      "Choose days without any.")
                .arg(day);
        }
        if (logs.isSigned(day)) {
            return tr("The daily log of %1 is signed: that day is closed.").arg(day);
        }
    }
    Simulation probe(m_branch, *catalogue, o, days);
    return probe.readiness();
}

HallSimulator::Result HallSimulator::run(const Options &options,
                                         const std::function<void(const Figures &)> &onDay)
{
    Result result;
    const QString refusal = check(options);
    if (!refusal.isEmpty()) {
        result.message = refusal;
        return result;
    }
    const QList<QDate> days = workingDays(options.from, options.days);
    result.skippedDays = options.days - static_cast<int>(days.size());
    if (days.isEmpty()) {
        result.ok = true;
        return result;
    }
    const auto catalogue = CatalogueUpdate::current(m_branch);
    AuditStore audit(m_branch.database());
    const qint64 before = audit.count();
    ClockGuard clock;
    QDate current = days.first();
    try {
        Simulation sim(m_branch, *catalogue, options, days);
        const QString problem = sim.readiness();
        if (!problem.isEmpty()) {
            result.message = problem;
            return result;
        }
        result.staff = sim.staff();
        Clock::setTestNow(QDateTime(days.first(), QTime(8, 30), m_branch.timeZone()));
        sim.setUp();
        for (int i = 0; i < static_cast<int>(days.size()); ++i) {
            current = days.at(i);
            const Figures f = sim.playDay(i);
            result.days << f;
            result.total.add(f);
            if (onDay) {
                onDay(f);
            }
        }
        result.ok = true;
    } catch (const Stop &s) {
        result.message = s.message;
    } catch (const CaseError &e) {
        result.message = e.message();
    } catch (const FeedbackError &e) {
        result.message = e.message();
    } catch (const PermissionDenied &e) {
        result.message = e.message();
    } catch (const DbException &e) {
        result.message = e.error().message;
    }
    if (!result.ok) {
        result.message = tr("The simulation stopped on %1 (the days before it are complete): %2")
                             .arg(current.toString(Qt::ISODate), result.message);
    }
    result.events = audit.count() - before;
    return result;
}
