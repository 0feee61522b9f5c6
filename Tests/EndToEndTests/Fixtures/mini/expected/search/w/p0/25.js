plansiteSearchLoaded("w/p0/25",{
"25":[0,22]
});
