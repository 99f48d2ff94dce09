#include "MedicationNames.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace stilla {
namespace {

struct KnownNames
{
    MedicationClass medicationClass;
    /// Lower case; a word of the name must begin with one of them. Generic names are stems
    /// that cover the English and the Swedish spelling where one stem can ("pramipexol"
    /// matches pramipexole and pramipexol).
    QStringList names;
};

/// The ATC group of each kind in a comment; brand names (FASS) after the generic names.
const std::vector<KnownNames>& knownNames()
{
    static const std::vector<KnownNames> known {
        // N04BA levodopa, N04BC dopamine agonists.
        {MedicationClass::DopamineAgonist,
            {"pramipexol", "ropinirol", "rotigotin", "levodopa", "sifrol", "oprymea", "requip",
                "adartrel", "neupro", "madopark", "sinemet"}},
        // N02A opioids, N07BC methadone and buprenorphine, R05DA codeine.
        {MedicationClass::Opioid,
            {"oxycodon", "oxikodon", "tramadol", "kodein", "codein", "morfin", "morphin", "metadon",
                "methadon", "buprenorf", "buprenorph", "tapentadol", "fentanyl", "hydromorfon",
                "hydromorphon", "targiniq", "oxycontin", "tradolan"}},
        // M03B centrally acting muscle relaxants.
        {MedicationClass::MuscleRelaxant,
            {"baklofen", "baclofen", "tizanidin", "orfenadrin", "orphenadrin", "metokarbamol",
                "methocarbamol"}},
        // N05C hypnotics and sedatives.
        {MedicationClass::SleepMedication,
            {"zopiklon", "zopiclon", "eszopiklon", "eszopiclon", "zolpidem", "nitrazepam",
                "flunitrazepam", "triazolam", "melatonin", "imovane", "stilnoct"}},
        // J01AA tetracyclines, J01MA fluoroquinolones, J01GB aminoglycosides.
        {MedicationClass::Antibiotic,
            {"doxycyklin", "doxycyclin", "tetracyklin", "tetracyclin", "lymecyklin", "lymecyclin",
                "minocyklin", "minocyclin", "ciprofloxacin", "levofloxacin", "moxifloxacin",
                "norfloxacin", "ofloxacin", "gentamicin", "tobramycin", "amikacin"}},
        // C08 calcium channel blockers.
        {MedicationClass::CalciumChannelBlocker,
            {"amlodipin", "felodipin", "nifedipin", "lerkanidipin", "lercanidipin", "isradipin",
                "nimodipin", "verapamil", "diltiazem"}},
        // C03 diuretics.
        {MedicationClass::Diuretic,
            {"furosemid", "bumetanid", "torasemid", "hydroklortiazid", "hydrochlorothiazid",
                "bendroflumetiazid", "bendroflumethiazid", "klortalidon", "chlortalidon",
                "indapamid", "spironolakton", "spironolacton", "eplerenon", "amilorid"}},
        // M05BA bisphosphonates.
        {MedicationClass::Bisphosphonate,
            {"alendron", "risedron", "ibandron", "zoledron", "fosamax"}},
        // N03AX12 gabapentin, N03AX16 pregabalin.
        {MedicationClass::Gabapentinoid, {"gabapentin", "pregabalin", "neurontin", "lyrica"}},
        // B03AA oral iron (bivalent).
        {MedicationClass::OralIron, {"järn", "iron", "ferrous", "duroferon", "niferex"}},
        // H03AA01 levothyroxine.
        {MedicationClass::Levothyroxine, {"levotyrox", "levothyrox", "levaxin", "euthyrox"}},
        // A02BC proton pump inhibitors.
        {MedicationClass::ProtonPumpInhibitor,
            {"omeprazol", "esomeprazol", "pantoprazol", "lansoprazol", "rabeprazol", "losec",
                "nexium", "pantoloc"}},
        // R06A antihistamines that sedate, N05CM propiomazine.
        {MedicationClass::SedatingAntihistamine,
            {"difenhydramin", "diphenhydramin", "prometazin", "promethazin", "hydroxizin",
                "hydroxyzin", "alimemazin", "propiomazin", "doxylamin", "klemastin", "clemastin",
                "atarax", "theralen", "propavan", "tavegyl"}},
        // A03FA01 metoclopramide, N05A antipsychotics.
        {MedicationClass::DopamineBlocker,
            {"metoklopramid", "metoclopramid", "proklorperazin", "prochlorperazin", "haloperidol",
                "olanzapin", "kvetiapin", "quetiapin", "risperidon", "aripiprazol", "klorpromazin",
                "chlorpromazin", "levomepromazin", "flupentixol", "zuklopentixol", "zuclopenthixol",
                "primperan", "haldol", "zyprexa", "seroquel", "risperdal"}},
        // N06AB SSRIs, N06AX venlafaxine, duloxetine, mirtazapine, N06AA tricyclics.
        {MedicationClass::SerotonergicAntidepressant,
            {"sertralin", "citalopram", "escitalopram", "fluoxetin", "paroxetin", "fluvoxamin",
                "venlafaxin", "duloxetin", "mirtazapin", "amitriptylin", "nortriptylin",
                "klomipramin", "clomipramin", "zoloft", "cipramil", "cipralex", "fontex", "seroxat",
                "efexor", "cymbalta", "remeron", "saroten"}},
    };
    return known;
}

} // namespace

std::optional<MedicationClass> MedicationNames::guessClass(const QString& name)
{
    static const QRegularExpression kNotLetters(QStringLiteral("[^\\p{L}]+"));
    const QStringList words = name.toLower().split(kNotLetters, Qt::SkipEmptyParts);
    std::optional<MedicationClass> found;
    for (const KnownNames& known : knownNames()) {
        for (const QString& knownName : known.names) {
            const bool matches = std::any_of(words.begin(), words.end(),
                [&knownName](const QString& word) { return word.startsWith(knownName); });
            if (!matches)
                continue;
            if (found && *found != known.medicationClass)
                return std::nullopt;
            found = known.medicationClass;
        }
    }
    return found;
}

MedicationClass MedicationNames::kindForRules(const MedicationTaken& taken)
{
    if (taken.medicationClass != MedicationClass::Other)
        return taken.medicationClass;
    thread_local QHash<QString, MedicationClass> known;
    const auto found = known.constFind(taken.name);
    if (found != known.constEnd())
        return *found;
    const MedicationClass kind = guessClass(taken.name).value_or(MedicationClass::Other);
    known.insert(taken.name, kind);
    return kind;
}

} // namespace stilla
