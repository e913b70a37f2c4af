// The measure results as a DataFrame (docs/analysis.md). From the repository's root, after `qi demo`:
//   dotnet run examples/analysis/screening.cs -- out/demo/qi.json 2025-05-31
#:project ../../src/Application/Application.csproj
// A file-based program is native-AOT ready by default, which turns off the code generation Dapper uses.
#:property PublishAot=false

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
Console.WriteLine(screening);

// Screened and eligible per clinic over the whole window, and the pooled rate.
var totals = screening.GroupBy("clinic_id").Sum("numerator", "denominator");
totals["pooled_rate"] = totals["numerator"] / totals["denominator"];
Console.WriteLine(totals);

// The same measure by payer at the network level: the equity strata are rows too.
var network = kpis.Filter(kpis["clinic_id"].ElementwiseEquals("ALL"));
var byPayer = network.Filter(network["stratum"].ElementwiseEquals("payer"));
byPayer = byPayer.Filter(byPayer["measure_id"].ElementwiseEquals("depression_screening"));
Console.WriteLine(byPayer.GroupBy("stratum_value").Sum("numerator", "denominator"));
