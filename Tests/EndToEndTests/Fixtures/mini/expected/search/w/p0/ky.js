plansiteSearchLoaded("w/p0/ky",{
"ky":[0,14]
});
