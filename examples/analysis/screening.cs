// The measure results as a DataFrame (docs/analysis.md). From the repository's root, after `qi demo`:
//   dotnet run examples/analysis/screening.cs -- out/demo/qi.json 2025-05-31
#:project ../../src/Application/Application.csproj

using System.Globalization;
using Microsoft.Data.Analysis;
using QiPipeline.Application;

var config = args.Length > 0 ? args[0] : "out/demo/qi.json";
var asOf = args.Length > 1 ? DateOnly.Parse(args[1], CultureInfo.InvariantCulture) : new DateOnly(2025, 5, 31);

// Every measure, clinic (and ALL), month and stratum of the 24 months ending with the as-of month.
DataFrame kpis = await KpiFrames.ReadAsync(config, asOf);

// kpis.csv's rows are those of the stratum "all": depression screening at each clinic, month by month.
var all = kpis.Filter(kpis["stratum"].ElementwiseEquals("all"));
var screening = all.Filter(all["measure_id"].ElementwiseEquals("depression_screening"));
Console.WriteLine(screening["clinic_id", "period", "numerator", "denominator", "rate", "status"]);

// Screened and eligible per clinic over the whole window, and the pooled rate.
var totals = screening.GroupBy("clinic_id").Sum("numerator", "denominator");
totals["pooled_rate"] = totals["numerator"] / totals["denominator"];
Console.WriteLine(totals);

// The same measure by payer at the network level: the equity strata are rows too.
var byPayer = kpis.Filter(kpis["stratum"].ElementwiseEquals("payer")
    .And(kpis["measure_id"].ElementwiseEquals("depression_screening"))
    .And(kpis["clinic_id"].ElementwiseEquals("ALL")));
Console.WriteLine(byPayer.GroupBy("stratum_value").Sum("numerator", "denominator"));
