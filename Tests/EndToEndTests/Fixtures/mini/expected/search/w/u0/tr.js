plansiteSearchLoaded("w/u0/tr",{
"tre":[0,-6],
"tro":[0,4,1,5]
});
