plansiteSearchLoaded("w/u0/do",{
"doi":[0,3]
});
