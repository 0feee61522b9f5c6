plansiteSearchLoaded("w/u0/vi",{
"viec":[0,2]
});
