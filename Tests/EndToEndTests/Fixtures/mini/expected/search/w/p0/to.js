plansiteSearchLoaded("w/p0/to",{
"to":[0,-12],
"ton":[0,15],
"tong":[0,-3,0,3,0,-23,0,-27]
});
